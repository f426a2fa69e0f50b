using System.Collections;
using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>write.app.not_from_iterable</c>: its result iterable calls write() while the server iterates it.</summary>
internal static class WriteAppNotFromIterable
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.WriteAppNotFromIterable,
        () => WsgiApplication.From(Rules.WriteAppNotFromIterable.Id, (environ, startResponse) =>
        {
            var write = (PyCallable)startResponse.Call("200 OK", Respond.Text())!;
            return Iterate(write);
        }));

    private static IEnumerable Iterate(PyCallable write)
    {
        write.Call("written from inside the iterable\n"u8.ToArray());
        yield return "yielded\n"u8.ToArray();
    }
}
