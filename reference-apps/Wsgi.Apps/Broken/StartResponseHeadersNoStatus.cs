using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.headers.no_status</c>: it sends the status as a <c>Status</c> header too.</summary>
internal static class StartResponseHeadersNoStatus
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseHeadersNoStatus,
        () => WsgiApplication.From(Rules.StartResponseHeadersNoStatus.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Type", "text/plain"), ("Status", "200 OK")));
            return Respond.Body();
        }));
}
