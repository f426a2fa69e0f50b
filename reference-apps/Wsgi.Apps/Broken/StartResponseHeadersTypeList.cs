using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.headers.type_list</c>: the headers are a tuple, not a list.</summary>
internal static class StartResponseHeadersTypeList
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseHeadersTypeList,
        () => WsgiApplication.From(Rules.StartResponseHeadersTypeList.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", new PyTuple(new PyTuple("Content-Type", "text/plain")));
            return Respond.Body();
        }));
}
