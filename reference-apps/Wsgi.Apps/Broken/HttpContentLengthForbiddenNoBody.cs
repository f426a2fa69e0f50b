using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>http.content_length.forbidden_no_body</c>: a 204 response carries <c>Content-Length</c>.</summary>
internal static class HttpContentLengthForbiddenNoBody
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.HttpContentLengthForbiddenNoBody,
        () => WsgiApplication.From(Rules.HttpContentLengthForbiddenNoBody.Id, (environ, startResponse) =>
        {
            startResponse.Call("204 No Content", WsgiApplication.Headers(("Content-Length", "0")));
            return new PyList();
        }));
}
