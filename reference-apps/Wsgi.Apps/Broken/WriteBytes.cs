using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>write.bytes</c>: it passes a str to write().</summary>
internal static class WriteBytes
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.WriteBytes,
        () => WsgiApplication.From(Rules.WriteBytes.Id, (environ, startResponse) =>
        {
            var write = (PyCallable)startResponse.Call("200 OK", Respond.Text())!;
            write.Call("a str, not bytes");
            return new PyList();
        }));
}
