using System.Text;
using Wsgi.Python;

namespace Wsgi.Server.Tests.Infrastructure;

/// <summary>Small WSGI apps for the tests.</summary>
internal static class Apps
{
    public static byte[] B(string text) => Encoding.Latin1.GetBytes(text);

    /// <summary>Calls start_response(status, headers) and returns the chunks as a list.</summary>
    public static WsgiApplication Fixed(string status, (string, string)[] headers, params string[] chunks) =>
        WsgiApplication.From("fixed", (_, startResponse) =>
        {
            startResponse.Call(status, WsgiApplication.Headers(headers));
            var list = new PyList();
            foreach (string chunk in chunks)
            {
                list.Add(B(chunk));
            }

            return list;
        });

    /// <summary>Returns what <paramref name="body"/> computes from the environ, as text/plain with Content-Length.</summary>
    public static WsgiApplication Echo(Func<PyDict, byte[]> body) =>
        WsgiApplication.From("echo", (environ, startResponse) =>
        {
            byte[] bytes = body(environ);
            startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Type", "application/octet-stream"), ("Content-Length", bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            return new PyList { bytes };
        });

    public static WsgiInput Input(PyDict environ) => (WsgiInput)environ["wsgi.input"]!;
}
