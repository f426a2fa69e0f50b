using Wsgi.Conformance.Running;
using Wsgi.Python;
using static Wsgi.Catalogue.Rules;
using static Wsgi.Conformance.Cases.CaseKit;

namespace Wsgi.Conformance.Cases;

/// <summary>PEP 3333, "environ Variables": the container, the CGI variables and the wsgi.* keys,
/// judged from the environ the probe received for crafted requests.</summary>
public static class EnvironVariables
{
    private static readonly byte[] Ten = "0123456789"u8.ToArray();

    /// <summary>The cases of this section.</summary>
    public static IEnumerable<Case> All =>
    [
        // The container and its keys, judged by the one judge on a plain GET.
        Judged(EnvironTypeBuiltinDict),
        Judged(EnvironKeysStr),
        Judged(EnvironCgiValueTypeStr),
        Judged(EnvironCgiValueTypeStr, Post(Ten), "post", "CONTENT_LENGTH and CONTENT_TYPE are str on a POST"),
        Judged(EnvironExtensionNaming),
        Judged(EnvironExtensionWsgiPrefix),
        Judged(EnvironCgiLatin1Only, new ProbeRequest { Path = "/caf%C3%A9", Headers = [("X-Latin", "caf\u00e9")] }, "non-ascii",
            "bytes above 0x7F in the path and a header reach the app as latin-1 code points, never above U+00FF"),

        // Required keys.
        Judged(EnvironRequiredRequestMethod),
        Judged(EnvironRequiredServerName),
        Judged(EnvironServerNameNonempty),
        Judged(EnvironServerNameValidHost),
        Judged(EnvironRequiredServerPort),
        Judged(EnvironServerPortNonempty),
        Judged(EnvironServerPortDigits),
        Judged(EnvironRequiredServerProtocol),
        Judged(EnvironServerProtocolFormat),
        Judged(EnvironRequiredWsgiVersion),
        Judged(EnvironWsgiVersionValue),
        Judged(EnvironRequiredWsgiUrlScheme),
        Judged(EnvironWsgiUrlSchemeValue),
        Judged(EnvironRequiredWsgiInput),
        Judged(EnvironRequiredWsgiErrors),
        Judged(EnvironRequiredWsgiMultithread),
        Judged(EnvironRequiredWsgiMultiprocess),
        Judged(EnvironRequiredWsgiRunOnce),
        Judged(InputMethods),
        Judged(ErrorsMethods),
        Judged(EnvironHttpHostValidAuthority),
        Judged(EnvironHttpNaming, new ProbeRequest { Headers = [("X-Custom-Header", "1"), ("accept-language", "en"), ("X-Mixed-CASE", "2")] }, "mixed-case",
            "header fields become HTTP_ + the upper-cased name with '-' as '_'"),
        Judged(EnvironNoHttpContentTypeLength, Post(Ten), "post", "CONTENT_TYPE and CONTENT_LENGTH come without the HTTP_ prefix"),

        // REQUEST_METHOD is the method token as sent.
        .. ((string[])["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PURGE"]).Select(m =>
            Environ(EnvironRequestMethodToken, m.ToLowerInvariant(), $"REQUEST_METHOD is {m} for a {m} request",
                new ProbeRequest { Method = m, Body = m is "POST" or "PUT" or "PATCH" ? Ten : null }, "REQUEST_METHOD", _ => m)),

        // SCRIPT_NAME and PATH_INFO.
        Judged(EnvironScriptNameLeadingSlash),
        Judged(EnvironScriptNameNotRootSlash),
        Judged(EnvironScriptNameNoTrailingSlash),
        Environ(EnvironScriptNamePresence, null, "SCRIPT_NAME is the mount point ('' at the root)", new ProbeRequest { Path = "/x" }, "SCRIPT_NAME", c => c.ScriptName),
        Judged(EnvironPathInfoPresence),
        Judged(EnvironPathInfoLeadingSlash, new ProbeRequest { Path = "/a/b" }, "nested"),
        Environ(EnvironPathInfoLeadingSlash, "root", "PATH_INFO is '/' for the mount point itself", new ProbeRequest { Path = "/" }, "PATH_INFO", _ => "/"),
        Environ(EnvironPathInfoNoQueryOrFragment, "query", "the query string is not part of PATH_INFO", new ProbeRequest { Path = "/p?a=1" }, "PATH_INFO", _ => "/p"),
        Environ(EnvironPathInfoRequestTargetForms, "absolute-form", "an absolute-form target maps to the same PATH_INFO as origin-form",
            new ProbeRequest { Path = "/abs/x" }, "PATH_INFO", _ => "/abs/x") with { Run = AbsoluteForm },
        Environ(EnvironPathUrlDecoded, "space", "%20 in the path is decoded", new ProbeRequest { Path = "/a%20b" }, "PATH_INFO", _ => "/a b"),
        Environ(EnvironPathUrlDecoded, "percent", "%25 in the path is decoded once", new ProbeRequest { Path = "/100%25" }, "PATH_INFO", _ => "/100%"),
        Environ(EnvironPathUrlDecoded, "latin1-byte", "%E9 is the byte 0xE9, given as U+00E9", new ProbeRequest { Path = "/caf%E9" }, "PATH_INFO", _ => "/caf\u00e9"),
        Environ(EnvironPathUrlDecoded, "utf8-bytes", "UTF-8 bytes are given one code point per byte (latin-1)", new ProbeRequest { Path = "/caf%C3%A9" }, "PATH_INFO", _ => "/caf\u00c3\u00a9"),
        Environ(EnvironPathUrlDecoded, "unreserved", "an encoded unreserved character is decoded", new ProbeRequest { Path = "/%7Euser" }, "PATH_INFO", _ => "/~user"),
        Environ(EnvironPathConcatenation, "mount", "SCRIPT_NAME + PATH_INFO is the decoded request path",
            new ProbeRequest { Path = "/one/two" }, "PATH_INFO", _ => "/one/two"),

        // QUERY_STRING is the raw query.
        Environ(EnvironQueryStringRaw, "plain", "QUERY_STRING is the query as sent", new ProbeRequest { Path = "/?a=1&b=2" }, "QUERY_STRING", _ => "a=1&b=2"),
        Environ(EnvironQueryStringRaw, "encoded", "percent-encoding in the query is kept", new ProbeRequest { Path = "/?q=a%20b&x=%2F" }, "QUERY_STRING", _ => "q=a%20b&x=%2F"),
        Environ(EnvironQueryStringRaw, "plus", "'+' in the query is kept", new ProbeRequest { Path = "/?q=a+b" }, "QUERY_STRING", _ => "q=a+b"),
        Environ(EnvironQueryStringRaw, "empty-question", "a bare '?' gives an empty QUERY_STRING", new ProbeRequest { Path = "/x?" }, "QUERY_STRING", _ => ""),
        WithTrace(EnvironQueryStringRaw, "absent", "no query gives '' or no QUERY_STRING", new ProbeRequest { Path = "/x" }, (_, ev, trace) =>
        {
            if (Expect.Environ(ev, trace) is { } env && env.TryGetValue("QUERY_STRING", out object? q))
            {
                Expect.That(ev, q is "", EnvironQueryStringRaw, "environ['QUERY_STRING']", "'' or absent", Py.Repr(q));
            }
        }),

        WithTrace(EnvironQueryStringPresence, null, "whether QUERY_STRING is given when the request has no query", new ProbeRequest { Path = "/x" }, (_, ev, trace) =>
        {
            if (Expect.Environ(ev, trace) is { } env)
            {
                ev.Notes.Add(env.TryGetValue("QUERY_STRING", out object? q) ? $"QUERY_STRING is {Py.Repr(q)}" : "no QUERY_STRING");
            }
        }),
        WithTrace(EnvironEmptyMayOmit, null, "which CGI variables the server leaves out when empty", new ProbeRequest { Path = "/x" }, (_, ev, trace) =>
        {
            if (Expect.Environ(ev, trace) is { } env)
            {
                string[] empty = [.. env.Where(kv => kv.Key is string k && !k.Contains('.') && kv.Value is "").Select(kv => (string)kv.Key)];
                ev.Notes.Add(empty.Length == 0 ? "no CGI variable is given empty" : $"given empty: {string.Join(", ", empty.Order(StringComparer.Ordinal))}");
            }
        }),

        // CONTENT_TYPE and CONTENT_LENGTH.
        Environ(EnvironContentTypeValue, "post", "CONTENT_TYPE is the Content-Type field", Post(Ten, "text/plain; charset=latin-1"), "CONTENT_TYPE", _ => "text/plain; charset=latin-1"),
        Environ(EnvironContentLengthValue, "post", "CONTENT_LENGTH is the Content-Length field", Post(Ten), "CONTENT_LENGTH", _ => "10"),
        Judged(EnvironContentLengthDigitsOnly, Post(Ten), "post"),
        WithTrace(EnvironContentLengthValue, "get", "a GET without a body has no CONTENT_LENGTH, or an empty or zero one", new ProbeRequest(), (_, ev, trace) =>
        {
            if (Expect.Environ(ev, trace) is { } env && env.TryGetValue("CONTENT_LENGTH", out object? cl))
            {
                Expect.That(ev, cl is "" or "0", EnvironContentLengthValue, "environ['CONTENT_LENGTH']", "absent, '' or '0'", Py.Repr(cl));
            }
        }),
        // PEP 3333 on CONTENT_TYPE: "May be empty or absent", so '' is as right as leaving it out; a made-up type is not.
        WithTrace(EnvironMissingOmitted, "content-type", "no Content-Type field means no CONTENT_TYPE (or '', which the PEP allows)", new ProbeRequest(), (_, ev, trace) =>
        {
            if (Expect.Environ(ev, trace) is { } env && env.TryGetValue("CONTENT_TYPE", out object? value) && value is not "")
            {
                Expect.That(ev, false, EnvironMissingOmitted, "environ['CONTENT_TYPE']", "absent (or '')", Py.Repr(value));
            }
        }),
        Environ(EnvironMissingOmitted, "remote-user", "no authentication means no REMOTE_USER", new ProbeRequest(), "REMOTE_USER", _ => null),

        // SERVER_PROTOCOL is the request's version.
        Environ(EnvironServerProtocolRequestVersion, "http11", "SERVER_PROTOCOL is HTTP/1.1 for an HTTP/1.1 request", new ProbeRequest(), "SERVER_PROTOCOL", _ => "HTTP/1.1"),
        Environ(EnvironServerProtocolRequestVersion, "http10", "SERVER_PROTOCOL is HTTP/1.0 for an HTTP/1.0 request", new ProbeRequest { Version = "HTTP/1.0" }, "SERVER_PROTOCOL", _ => "HTTP/1.0"),
        Environ(EnvironWsgiUrlSchemeMatchesTransport, "http", "wsgi.url_scheme is 'http' over plain HTTP", new ProbeRequest(), "wsgi.url_scheme", _ => "http"),

        // HTTP_ variables.
        Environ(EnvironHttpCorrespondence, "custom", "a request header reaches the app as HTTP_*", new ProbeRequest { Headers = [("X-Probe-Test", "yes")] }, "HTTP_X_PROBE_TEST", _ => "yes"),
        Environ(EnvironHttpCorrespondence, "host", "HTTP_HOST is the Host field", new ProbeRequest(), "HTTP_HOST", c => c.Target.Authority),
        Environ(EnvironHttpCorrespondence, "latin1-value", "a header value byte 0xE9 reaches the app as U+00E9", new ProbeRequest { Headers = [("X-Latin", "caf\u00e9")] }, "HTTP_X_LATIN", _ => "caf\u00e9"),
        WithTrace(EnvironHttpRepeatedCombined, "two-fields", "two fields of one name are combined with ', '", new ProbeRequest { Headers = [("X-Twice", "a"), ("X-Twice", "b")] }, (_, ev, trace) =>
        {
            if (Expect.Environ(ev, trace) is { } env)
            {
                object? v = env.Get("HTTP_X_TWICE");
                Expect.That(ev, v is "a, b" or "a,b", EnvironHttpRepeatedCombined, "environ['HTTP_X_TWICE']", "'a, b' (or 'a,b')", Py.Repr(v));
            }
        }),
        WithTrace(EnvironHttpUnderscoreNames, "spoof", "a field named with '_' never spoofs the '-' field",
            new ProbeRequest { Headers = [("X-Auth-User", "real"), ("X_Auth_User", "spoofed")] }, (_, ev, trace) =>
            {
                if (Expect.Environ(ev, trace) is { } env)
                {
                    object? v = env.Get("HTTP_X_AUTH_USER");
                    Expect.That(ev, v is "real", EnvironHttpUnderscoreNames, "environ['HTTP_X_AUTH_USER']", "'real' (the X_Auth_User field dropped)", Py.Repr(v));
                }
            }),
        WithTrace(EnvironCgiExtraVars, "remote-addr", "REMOTE_ADDR is given", new ProbeRequest(), (_, ev, trace) =>
        {
            if (Expect.Environ(ev, trace) is { } env)
            {
                Expect.That(ev, env.Get("REMOTE_ADDR") is string { Length: > 0 }, EnvironCgiExtraVars, "environ['REMOTE_ADDR']", "the client address", Py.Repr(env.Get("REMOTE_ADDR")));
            }
        }),
    ];

    private static ProbeRequest Post(byte[] body, string contentType = "application/octet-stream") =>
        new() { Method = "POST", Body = body, Headers = [("Content-Type", contentType)] };

    // An absolute-form request target (http://host:port/mount/abs/x) must give the same PATH_INFO as origin-form.
    private static async Task AbsoluteForm(CaseContext ctx, Evidence ev)
    {
        string target = $"http://{ctx.Target.Authority}{ctx.Target.Mount}/abs/x";
        byte[] bytes = Harness.RequestBytes.Build(ctx.Target, "GET", target, [("X-Probe", new Probe.Scenario().ToHeaderValue())]);
        var wire = await ctx.SendAsync(ev, Harness.RawRequest.Of(bytes)).ConfigureAwait(false);
        var trace = Probe.ProbeClient.TraceFrom(wire.Response, out string? problem);
        if (problem is not null)
        {
            ev.Notes.Add(problem);
        }

        Expect.EnvironEquals(ev, trace, "PATH_INFO", "/abs/x", EnvironPathInfoRequestTargetForms);
    }
}
