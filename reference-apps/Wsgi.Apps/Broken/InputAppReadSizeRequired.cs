using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>input.app.read_size_required</c>: it reads the body with <c>read()</c>, without a size.</summary>
internal static class InputAppReadSizeRequired
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.InputAppReadSizeRequired,
        () => WsgiApplication.From(Rules.InputAppReadSizeRequired.Id, (environ, startResponse) =>
        {
            byte[] body = (byte[])((WsgiInput)environ["wsgi.input"]!).Read()!;
            startResponse.Call("200 OK", Respond.Text());
            return new PyList { body };
        }),
        Respond.Post("hello"));
}
