using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>content_length.app.accurate</c>: it declares <c>Content-Length: 100</c> and sends 22 bytes.</summary>
internal static class ContentLengthAppAccurate
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.ContentLengthAppAccurate,
        () => WsgiApplication.From(Rules.ContentLengthAppAccurate.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Type", "text/plain"), ("Content-Length", "100")));
            return Respond.Body("shorter than declared\n");
        }));
}
