using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>write.single_positional</c>: it passes two arguments to write().</summary>
internal static class WriteSinglePositional
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.WriteSinglePositional,
        () => WsgiApplication.From(Rules.WriteSinglePositional.Id, (environ, startResponse) =>
        {
            var write = (PyCallable)startResponse.Call("200 OK", Respond.Text())!;
            write.Call("one"u8.ToArray(), "two"u8.ToArray());
            return new PyList();
        }));
}
