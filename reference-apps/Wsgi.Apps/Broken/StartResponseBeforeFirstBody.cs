using System.Collections;
using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.before_first_body</c>: its iterable yields (an empty bytestring) before calling start_response.</summary>
internal static class StartResponseBeforeFirstBody
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseBeforeFirstBody,
        () => WsgiApplication.From(Rules.StartResponseBeforeFirstBody.Id, (environ, startResponse) =>
        {
            return Iterate(startResponse);
        }));

    private static IEnumerable Iterate(PyCallable startResponse)
    {
        yield return Array.Empty<byte>();
        startResponse.Call("200 OK", Respond.Text());
        yield return "late start\n"u8.ToArray();
    }
}
