using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Wsgi.Python;

namespace Wsgi.Server;

/// <summary>Builds the environ for one request: a builtin dict of native strings (CGI variables,
/// PEP 3333 "environ Variables") plus the <c>wsgi.*</c> keys.</summary>
internal static class EnvironBuilder
{
    private static readonly PyTuple Version = new(1, 0);

    /// <summary>The environ, or <c>null</c> when the decoded path is outside the mount point.</summary>
    public static PyDict? Build(ServerContext server, HttpContext http, RequestTarget target, WsgiInput input)
    {
        string scriptName = server.ScriptName;
        string pathInfo = target.Path;
        if (scriptName.Length > 0 && pathInfo != "*")
        {
            // The mount point matches whole segments of the decoded path: /app and /app/x, never /apple.
            if (!pathInfo.StartsWith(scriptName, StringComparison.Ordinal) ||
                (pathInfo.Length > scriptName.Length && pathInfo[scriptName.Length] != '/'))
            {
                return null;
            }

            pathInfo = pathInfo[scriptName.Length..];
        }

        var request = http.Request;
        var connection = http.Connection;
        var environ = new PyDict(32)
        {
            ["REQUEST_METHOD"] = request.Method,
            ["SCRIPT_NAME"] = scriptName,
            ["PATH_INFO"] = pathInfo,
            ["QUERY_STRING"] = target.Query,
            ["SERVER_NAME"] = server.ServerNameFor(connection.LocalIpAddress),
            ["SERVER_PORT"] = server.PortText(connection.LocalPort),
            ["SERVER_PROTOCOL"] = request.Protocol,
            ["SERVER_SOFTWARE"] = WsgiServer.Software,
            ["REMOTE_ADDR"] = RemoteAddress(connection),
            ["REMOTE_PORT"] = connection.RemotePort.ToString(CultureInfo.InvariantCulture),
            ["wsgi.version"] = Version,
            ["wsgi.url_scheme"] = "http",
            ["wsgi.input"] = input,
            ["wsgi.errors"] = server.Errors,
            ["wsgi.multithread"] = true,
            ["wsgi.multiprocess"] = false,
            ["wsgi.run_once"] = false,
            ["wsgi.file_wrapper"] = FileWrapper.Callable,
        };
        AddHeaders(environ, request.Headers);
        return environ;
    }

    /// <summary>Request fields as CGI variables (RFC 3875 §4.1.18): <c>HTTP_</c> + upper-cased name with
    /// '-' as '_'; Content-Type and Content-Length without the prefix; repeated fields joined with
    /// ", " (Cookie with "; ", RFC 6265 §5.4); names containing '_' dropped, so <c>X_Foo</c> can
    /// never pose as <c>X-Foo</c>.</summary>
    private static void AddHeaders(PyDict environ, IHeaderDictionary headers)
    {
        foreach (var (name, values) in headers)
        {
            if (name.Contains('_'))
            {
                continue;
            }

            string value = values.Count == 1 ? values[0] ?? "" : string.Join(IsCookie(name) ? "; " : ", ", values.ToArray());
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                environ["CONTENT_TYPE"] = value;
            }
            else if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                environ["CONTENT_LENGTH"] = value;
            }
            else
            {
                environ[CgiHeaderNames.For(name)] = value;
            }
        }
    }

    private static bool IsCookie(string name) => name.Equals("Cookie", StringComparison.OrdinalIgnoreCase);

    private static string RemoteAddress(ConnectionInfo connection)
    {
        var address = connection.RemoteIpAddress;
        if (address is null)
        {
            return "";
        }

        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }

    /// <summary>The raw request target (Kestrel keeps it on the request feature).</summary>
    public static string RawTarget(HttpContext http) =>
        http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? "/";
}
