using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.headers.no_hop_by_hop</c>: it sets <c>Connection: close</c>.</summary>
internal static class StartResponseHeadersNoHopByHop
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseHeadersNoHopByHop,
        () => WsgiApplication.From(Rules.StartResponseHeadersNoHopByHop.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Type", "text/plain"), ("Connection", "close")));
            return Respond.Body();
        }));
}
