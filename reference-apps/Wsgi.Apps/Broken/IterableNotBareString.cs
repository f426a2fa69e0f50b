using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>iterable.not_bare_string</c>: it returns a bare bytestring instead of a list of them.</summary>
internal static class IterableNotBareString
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.IterableNotBareString,
        () => WsgiApplication.From(Rules.IterableNotBareString.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", Respond.Text());
            return "Hello, world!\n"u8.ToArray();
        }));
}
