using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>http.content_type.required</c>: a 200 response with a body has no <c>Content-Type</c>.</summary>
internal static class HttpContentTypeRequired
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.HttpContentTypeRequired,
        () => WsgiApplication.From(Rules.HttpContentTypeRequired.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", new PyList());
            return Respond.Body();
        }));
}
