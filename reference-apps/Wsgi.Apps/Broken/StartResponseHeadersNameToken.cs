using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.headers.name_token</c>: a header name holds spaces.</summary>
internal static class StartResponseHeadersNameToken
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseHeadersNameToken,
        () => WsgiApplication.From(Rules.StartResponseHeadersNameToken.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Type", "text/plain"), ("X Bad Name", "1")));
            return Respond.Body();
        }));
}
