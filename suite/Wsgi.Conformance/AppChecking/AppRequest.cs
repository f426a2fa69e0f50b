using System.Text;
using System.Text.Json;

namespace Wsgi.Conformance.AppChecking;

/// <summary>One request for an app under check, as the driver takes it: the CGI keys of the environ (the
/// driver adds the <c>wsgi.*</c> keys and defaults for the rest; a <c>null</c> value removes a key) and the
/// body bytes wsgi.input gives.</summary>
/// <param name="Environ">CGI keys to native strings (latin-1 text, one character per byte).</param>
/// <param name="Input">The request body.</param>
public sealed record AppRequest(IReadOnlyDictionary<string, string?> Environ, byte[] Input)
{
    /// <summary>A request with <paramref name="method"/>, the percent-decoded <paramref name="path"/>, a query and a body.</summary>
    public static AppRequest Of(string method, string path, string query = "", byte[]? body = null, string? contentType = null)
    {
        var environ = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["REQUEST_METHOD"] = method,
            ["PATH_INFO"] = path,
            ["QUERY_STRING"] = query,
            ["HTTP_HOST"] = "127.0.0.1",
        };
        if (body is not null)
        {
            environ["CONTENT_LENGTH"] = body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
            environ["CONTENT_TYPE"] = contentType ?? "application/octet-stream";
        }

        return new AppRequest(environ, body ?? []);
    }

    /// <summary>The request from a request-target line such as <c>/users/caf%C3%A9?x=1</c>: the path is
    /// percent-decoded into latin-1 text, as a server does for PATH_INFO; the query stays raw.</summary>
    public static AppRequest FromTarget(string method, string target)
    {
        int q = target.IndexOf('?', StringComparison.Ordinal);
        string rawPath = q < 0 ? target : target[..q];
        string query = q < 0 ? "" : target[(q + 1)..];
        return Of(method, Properties.RequestOracle.PercentDecode(rawPath), query);
    }

    /// <summary>The method.</summary>
    public string Method => Environ.TryGetValue("REQUEST_METHOD", out string? m) && m is not null ? m : "GET";

    /// <summary>One line for reports: method, path, query and body size.</summary>
    public string Describe()
    {
        string path = Environ.TryGetValue("PATH_INFO", out string? p) ? p ?? "" : "/";
        string query = Environ.TryGetValue("QUERY_STRING", out string? qs) && !string.IsNullOrEmpty(qs) ? "?" + qs : "";
        string line = $"{Method} {Wsgi.Python.Py.StrRepr(path + query)}";
        bool unknownLength = !Environ.TryGetValue("CONTENT_LENGTH", out string? cl) || string.IsNullOrEmpty(cl);
        return Input.Length > 0 ? $"{line} with a {Input.Length}-byte body{(unknownLength ? " and no CONTENT_LENGTH" : "")}" : line;
    }

    /// <summary>The request as one line of the driver's protocol.</summary>
    public string ToJsonLine(long id)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("id", id);
            w.WriteStartObject("environ");
            foreach (var (key, value) in Environ)
            {
                w.WriteString(key, value);
            }

            w.WriteEndObject();
            w.WriteString("input", Encoding.Latin1.GetString(Input));
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
