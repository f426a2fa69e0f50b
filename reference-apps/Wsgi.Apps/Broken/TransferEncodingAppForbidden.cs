using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>transfer_encoding.app_forbidden</c>: it sets <c>Transfer-Encoding: chunked</c>.</summary>
internal static class TransferEncodingAppForbidden
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.TransferEncodingAppForbidden,
        () => WsgiApplication.From(Rules.TransferEncodingAppForbidden.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Type", "text/plain"), ("Transfer-Encoding", "chunked")));
            return Respond.Body();
        }));
}
