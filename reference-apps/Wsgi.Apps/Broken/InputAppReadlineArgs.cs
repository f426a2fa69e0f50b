using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>input.app.readline_args</c>: it calls <c>readline(64)</c>, which WSGI 1.0 servers do not support.</summary>
internal static class InputAppReadlineArgs
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.InputAppReadlineArgs,
        () => WsgiApplication.From(Rules.InputAppReadlineArgs.Id, (environ, startResponse) =>
        {
            byte[] line = (byte[])((WsgiInput)environ["wsgi.input"]!).ReadLine(64)!;
            startResponse.Call("200 OK", Respond.Text());
            return new PyList { line };
        }),
        Respond.Post("hello\nworld\n"));
}
