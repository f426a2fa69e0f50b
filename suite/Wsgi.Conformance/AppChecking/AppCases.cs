using System.Text;
using Wsgi.Catalogue;
using Wsgi.Conformance.Running;

namespace Wsgi.Conformance.AppChecking;

/// <summary>The cases of an app check, in order: hand-written requests every app should survive (a plain GET,
/// HEAD, a form POST, a 1 MiB body, unusual methods, non-ASCII paths and fields), the user's routes, conditional GETs, then
/// <see cref="AppCheckOptions.Examples"/> generated requests (<see cref="GeneratedAppRequests"/>).</summary>
internal static class AppCases
{
    /// <summary>The size of the large body.</summary>
    public const int LargeBody = 1024 * 1024;

    public static IReadOnlyList<AppCase> For(AppCheckOptions options)
    {
        var cases = new List<AppCase>
        {
            Sending("app/get", "GET / like a browser", AppRequest.Of("GET", "/") with { Environ = Browser(AppRequest.Of("GET", "/").Environ) }),
            Sending("app/head", "HEAD / (the server drops the body; the app's response must still be right)", AppRequest.Of("HEAD", "/")),
            Sending("app/post-form", "POST / with a small urlencoded form", AppRequest.Of("POST", "/", body: "name=value&x=1"u8.ToArray(), contentType: "application/x-www-form-urlencoded")),
            Sending("app/post-large", "POST / with a 1 MiB body", AppRequest.Of("POST", "/", body: Large(), contentType: "application/octet-stream")),
            Sending("app/methods", "OPTIONS, PUT, DELETE, PATCH, TRACE and an extension method (PROPFIND)",
                AppRequest.Of("OPTIONS", "/"), AppRequest.Of("PUT", "/", body: "{}"u8.ToArray(), contentType: "application/json"), AppRequest.Of("DELETE", "/"),
                AppRequest.Of("PATCH", "/", body: "{}"u8.ToArray(), contentType: "application/json"), AppRequest.Of("TRACE", "/"), AppRequest.Of("PROPFIND", "/")),
            Sending("app/non-ascii", "Non-ASCII paths, query and field values (UTF-8 and raw latin-1 bytes, as a server hands them on)",
                AppRequest.FromTarget("GET", "/caf%C3%A9/%E2%9C%93"), AppRequest.FromTarget("GET", "/%FF%FE?q=%C3%A9&raw=\u00e9"),
                AppRequest.Of("GET", "/") with { Environ = With(AppRequest.Of("GET", "/").Environ, "HTTP_X_NAME", "caf\u00c3\u00a9 \u00ff") }),
        };
        if (options.Routes.Count > 0)
        {
            cases.Add(Sending("app/routes", $"The {options.Routes.Count} given route(s): GET and HEAD, or their method with bodies",
                [.. options.Routes.SelectMany(Visits)]));
        }

        string[] conditionalTargets = ["/", .. options.Routes.Where(r => r.Method is null && r.Target != "/").Select(r => r.Target)];
        cases.Add(Sending("app/conditional", "Conditional GETs (If-Modified-Since in the future, If-None-Match: *) of / and the routes: a 304 must carry no body",
            [.. conditionalTargets.SelectMany(Conditional)]));
        cases.Add(new AppCase(
            Reported("app/generated", $"{options.Examples} generated requests (methods, paths with percent-encoding, queries, header fields, bodies)"),
            (session, ev, token) => GeneratedAppRequests.RunAsync(session, ev, options, token)));
        return cases;
    }

    /// <summary>A case as the reports show it; it is run by <see cref="AppChecker"/>, not by the suite runner.</summary>
    public static Case Reported(string id, string title) =>
        new(id, title, AppChecker.AppRules, (_, _) => throw new InvalidOperationException($"{id} is a check-app case; AppChecker runs it"));

    private static AppCase Sending(string id, string title, params AppRequest[] requests) =>
        new(Reported(id, title), (session, ev, token) => AppChecker.SendAllAsync(session, ev, requests, token));

    private static Dictionary<string, string?> Browser(IReadOnlyDictionary<string, string?> environ)
    {
        var env = new Dictionary<string, string?>(environ, StringComparer.Ordinal)
        {
            ["HTTP_ACCEPT"] = "text/html,application/xhtml+xml,*/*;q=0.8",
            ["HTTP_ACCEPT_ENCODING"] = "gzip, deflate",
            ["HTTP_ACCEPT_LANGUAGE"] = "en-US,en;q=0.5",
            ["HTTP_USER_AGENT"] = "wsgi-conformance check-app",
        };
        return env;
    }

    private static IEnumerable<AppRequest> Visits(Route route)
    {
        if (route.Method is null)
        {
            yield return AppRequest.FromTarget("GET", route.Target);
            yield return AppRequest.FromTarget("HEAD", route.Target);
            yield break;
        }

        AppRequest bare = AppRequest.FromTarget(route.Method, route.Target);
        if (!route.SendsBody)
        {
            yield return bare;
            yield break;
        }

        yield return WithBody(bare, "name=value&x=1"u8.ToArray(), "application/x-www-form-urlencoded", withLength: true);
        yield return WithBody(bare, Large(), "application/octet-stream", withLength: true);
        // As gunicorn passes a chunked upload on: decoded, no CONTENT_LENGTH, the Transfer-Encoding field kept.
        AppRequest chunked = WithBody(bare, "a chunked body the server decoded\n"u8.ToArray(), "text/plain", withLength: false);
        yield return chunked with { Environ = With(chunked.Environ, "HTTP_TRANSFER_ENCODING", "chunked") };
    }

    private static AppRequest WithBody(AppRequest bare, byte[] body, string contentType, bool withLength)
    {
        var environ = new Dictionary<string, string?>(bare.Environ, StringComparer.Ordinal)
        {
            ["CONTENT_TYPE"] = contentType,
            ["CONTENT_LENGTH"] = withLength ? body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return new AppRequest(environ, body);
    }

    private static IEnumerable<AppRequest> Conditional(string target)
    {
        AppRequest get = AppRequest.FromTarget("GET", target);
        yield return get with { Environ = With(get.Environ, "HTTP_IF_MODIFIED_SINCE", "Fri, 01 Jan 2100 00:00:00 GMT") };
        yield return get with { Environ = With(get.Environ, "HTTP_IF_NONE_MATCH", "*") };
    }

    private static Dictionary<string, string?> With(IReadOnlyDictionary<string, string?> environ, string key, string value) =>
        new(environ, StringComparer.Ordinal) { [key] = value };

    private static byte[] Large()
    {
        byte[] body = new byte[LargeBody];
        byte[] line = Encoding.ASCII.GetBytes("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\n");
        for (int i = 0; i < body.Length; i++)
        {
            body[i] = line[i % line.Length];
        }

        return body;
    }
}
