using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>http.etag.weak_prefix_case</c>: the weak ETag prefix is lower-case <c>w/</c>.</summary>
internal static class HttpEtagWeakPrefixCase
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.HttpEtagWeakPrefixCase,
        () => WsgiApplication.From(Rules.HttpEtagWeakPrefixCase.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Type", "text/plain"), ("ETag", "w/\"v1\"")));
            return Respond.Body();
        }));
}
