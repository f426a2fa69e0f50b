using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.headers.latin1</c>: a header value holds U+20AC, outside latin-1.</summary>
internal static class StartResponseHeadersLatin1
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseHeadersLatin1,
        () => WsgiApplication.From(Rules.StartResponseHeadersLatin1.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Type", "text/plain"), ("X-Price", "10 \u20ac")));
            return Respond.Body();
        }));
}
