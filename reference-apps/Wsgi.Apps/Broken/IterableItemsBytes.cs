using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>iterable.items_bytes</c>: the result yields a str.</summary>
internal static class IterableItemsBytes
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.IterableItemsBytes,
        () => WsgiApplication.From(Rules.IterableItemsBytes.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", Respond.Text());
            return new PyList { "a str, not bytes" };
        }));
}
