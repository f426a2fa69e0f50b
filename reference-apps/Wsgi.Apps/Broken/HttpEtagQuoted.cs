using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>http.etag.quoted</c>: the ETag is not in double quotes.</summary>
internal static class HttpEtagQuoted
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.HttpEtagQuoted,
        () => WsgiApplication.From(Rules.HttpEtagQuoted.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Type", "text/plain"), ("ETag", "v1")));
            return Respond.Body();
        }));
}
