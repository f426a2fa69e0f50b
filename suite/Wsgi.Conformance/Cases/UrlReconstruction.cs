using System.Text;
using Wsgi.Conformance.Running;
using Wsgi.Python;
using static Wsgi.Catalogue.Rules;
using static Wsgi.Conformance.Cases.CaseKit;

namespace Wsgi.Conformance.Cases;

/// <summary>PEP 3333, "URL Reconstruction": the PEP's recipe applied to the environ gives back the
/// URL the client asked for.</summary>
public static class UrlReconstruction
{
    /// <summary>The cases of this section.</summary>
    public static IEnumerable<Case> All =>
    [
        Url("plain", "/a/b?x=1"),
        Url("encoded", "/a%20b/c%3Bd?q=a%20b"),
        Url("no-query", "/just/a/path"),
    ];

    private static Case Url(string variant, string path) =>
        WithTrace(UrlReconstructable, variant, $"the PEP's recipe rebuilds http://host:port{path}", new ProbeRequest { Path = path }, (ctx, ev, trace) =>
        {
            if (Expect.Environ(ev, trace) is not { } env)
            {
                return;
            }

            string expected = $"http://{ctx.Target.Authority}{ctx.Target.Mount}{path}";
            string rebuilt = Rebuild(env);
            Expect.That(ev, rebuilt == expected, UrlReconstructable, "the URL rebuilt from environ", Py.StrRepr(expected), Py.StrRepr(rebuilt));
        });

    // The recipe of PEP 3333, "URL Reconstruction", with urllib.parse.quote's default safe set ('/').
    private static string Rebuild(PyDict env)
    {
        var url = new StringBuilder();
        url.Append(env.Get("wsgi.url_scheme") as string).Append("://");
        if (env.Get("HTTP_HOST") is string host)
        {
            url.Append(host);
        }
        else
        {
            url.Append(env.Get("SERVER_NAME") as string);
            string scheme = env.Get("wsgi.url_scheme") as string ?? "";
            string port = env.Get("SERVER_PORT") as string ?? "";
            if (scheme == "https" ? port != "443" : port != "80")
            {
                url.Append(':').Append(port);
            }
        }

        url.Append(Quote(env.Get("SCRIPT_NAME") as string ?? "")).Append(Quote(env.Get("PATH_INFO") as string ?? ""));
        if (env.Get("QUERY_STRING") is string { Length: > 0 } query)
        {
            url.Append('?').Append(query);
        }

        return url.ToString();
    }

    // urllib.parse.quote(s, safe='/') on a latin-1 native string encoded as UTF-8, as Python 3 does.
    private static string Quote(string s)
    {
        var sb = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(s))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'_' or (byte)'.' or (byte)'-' or (byte)'~' or (byte)'/')
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
