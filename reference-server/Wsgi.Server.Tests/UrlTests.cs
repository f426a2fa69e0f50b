using System.Text;
using Wsgi.Python;
using Wsgi.Server.Tests.Infrastructure;

namespace Wsgi.Server.Tests;

/// <summary>PEP 3333 "URL Reconstruction".</summary>
public sealed class UrlTests
{
    /// <summary>The PEP's recipe, with Python's <c>quote</c> (safe '/') over latin-1 bytes.</summary>
    private static string Reconstruct(PyDict environ)
    {
        var url = new StringBuilder((string)environ["wsgi.url_scheme"]! + "://");
        if (environ.Get("HTTP_HOST") is string host)
        {
            url.Append(host);
        }
        else
        {
            url.Append((string)environ["SERVER_NAME"]!);
            if ((string)environ["SERVER_PORT"]! != "80")
            {
                url.Append(':').Append((string)environ["SERVER_PORT"]!);
            }
        }

        url.Append(Quote((string)environ["SCRIPT_NAME"]!)).Append(Quote((string)environ["PATH_INFO"]!));
        if (environ.Get("QUERY_STRING") is string { Length: > 0 } query)
        {
            url.Append('?').Append(query);
        }

        return url.ToString();
    }

    private static string Quote(string s)
    {
        var sb = new StringBuilder();
        foreach (byte b in Encoding.Latin1.GetBytes(s))
        {
            char c = (char)b;
            sb.Append(char.IsAsciiLetterOrDigit(c) || "_.-~/".Contains(c) ? c.ToString() : $"%{b:X2}");
        }

        return sb.ToString();
    }

    [Fact(DisplayName = "url.reconstructable")]
    public async Task Reconstructable()
    {
        var environ = await EnvironCapture.ForAsync("GET /app/a%20b/%E9?x=1&y=%2F HTTP/1.1\r\nHost: example.org:8080\r\n\r\n", scriptName: "/app");
        Assert.Equal("http://example.org:8080/app/a%20b/%E9?x=1&y=%2F", Reconstruct(environ));
    }

    [Fact(DisplayName = "url.host_preference")]
    public async Task HostPreference()
    {
        var environ = await EnvironCapture.ForAsync("GET /p HTTP/1.0\r\n\r\n");
        Assert.False(environ.ContainsKey("HTTP_HOST"));
        Assert.StartsWith($"http://127.0.0.1:{environ["SERVER_PORT"]}/p", Reconstruct(environ), StringComparison.Ordinal);
    }
}
