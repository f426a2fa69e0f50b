using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>http.no_body.304</c>: a 304 response has a body.</summary>
internal static class HttpNoBody304
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.HttpNoBody304,
        () => WsgiApplication.From(Rules.HttpNoBody304.Id, (environ, startResponse) =>
        {
            startResponse.Call("304 Not Modified", new PyList());
            return Respond.Body();
        }));
}
