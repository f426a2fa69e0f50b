using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>http.content_type.forbidden_no_body</c>: a 204 response carries <c>Content-Type</c>.</summary>
internal static class HttpContentTypeForbiddenNoBody
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.HttpContentTypeForbiddenNoBody,
        () => WsgiApplication.From(Rules.HttpContentTypeForbiddenNoBody.Id, (environ, startResponse) =>
        {
            startResponse.Call("204 No Content", Respond.Text());
            return new PyList();
        }));
}
