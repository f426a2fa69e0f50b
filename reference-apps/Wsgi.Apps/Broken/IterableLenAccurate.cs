using System.Collections;
using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>iterable.len.accurate</c>: the result says <c>len() == 3</c> and yields 2 items.</summary>
internal static class IterableLenAccurate
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.IterableLenAccurate,
        () => WsgiApplication.From(Rules.IterableLenAccurate.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", Respond.Text());
            return new Promised();
        }));

    /// <summary>Promises three items, yields two.</summary>
    private sealed class Promised : IEnumerable, IPyLen
    {
        public int Len() => 3;

        public IEnumerator GetEnumerator()
        {
            yield return "one\n"u8.ToArray();
            yield return "two\n"u8.ToArray();
        }
    }
}
