using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.headers.tuple_pairs</c>: a header is a list, not a tuple.</summary>
internal static class StartResponseHeadersTuplePairs
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseHeadersTuplePairs,
        () => WsgiApplication.From(Rules.StartResponseHeadersTuplePairs.Id, (environ, startResponse) =>
        {
            var headers = Respond.Text();
            headers.Add(new PyList { "X-Pair", "in a list" });
            startResponse.Call("200 OK", headers);
            return Respond.Body();
        }));
}
