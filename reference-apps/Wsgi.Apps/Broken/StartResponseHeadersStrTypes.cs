using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.headers.str_types</c>: a header value is an int.</summary>
internal static class StartResponseHeadersStrTypes
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseHeadersStrTypes,
        () => WsgiApplication.From(Rules.StartResponseHeadersStrTypes.Id, (environ, startResponse) =>
        {
            var headers = Respond.Text();
            headers.Add(new PyTuple("X-Count", 5));
            startResponse.Call("200 OK", headers);
            return Respond.Body();
        }));
}
