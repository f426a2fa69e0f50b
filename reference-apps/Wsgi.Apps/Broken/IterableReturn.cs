using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>iterable.return</c>: it returns an int, which is not iterable.</summary>
internal static class IterableReturn
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.IterableReturn,
        () => WsgiApplication.From(Rules.IterableReturn.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", Respond.Text());
            return 42;
        }));
}
