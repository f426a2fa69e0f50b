using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>http.no_body.1xx_204</c>: a 204 response has a body.</summary>
internal static class HttpNoBody1xx204
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.HttpNoBody1xx204,
        () => WsgiApplication.From(Rules.HttpNoBody1xx204.Id, (environ, startResponse) =>
        {
            startResponse.Call("204 No Content", new PyList());
            return Respond.Body();
        }));
}
