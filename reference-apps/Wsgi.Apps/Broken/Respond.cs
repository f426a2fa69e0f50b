using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>The correct parts every broken app shares, so that each breaks only its own rule.</summary>
internal static class Respond
{
    /// <summary>A fresh header list with <c>Content-Type: text/plain</c>.</summary>
    public static PyList Text() => WsgiApplication.Headers(("Content-Type", "text/plain"));

    /// <summary>A fresh one-item body: <c>[b"..."]</c>.</summary>
    public static PyList Body(string text = "broken on purpose\n") => new() { System.Text.Encoding.Latin1.GetBytes(text) };

    /// <summary>A request with a body, for apps that read wsgi.input.</summary>
    public static Hosting.WsgiRequest Post(string body) =>
        Hosting.WsgiRequest.Post("/", System.Text.Encoding.Latin1.GetBytes(body), "text/plain");
}
