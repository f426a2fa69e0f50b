using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>input.app.no_overread</c>: it reads again after all CONTENT_LENGTH bytes were read.</summary>
internal static class InputAppNoOverread
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.InputAppNoOverread,
        () => WsgiApplication.From(Rules.InputAppNoOverread.Id, (environ, startResponse) =>
        {
            var input = (WsgiInput)environ["wsgi.input"]!;
            byte[] body = (byte[])input.Read(5)!;
            input.Read(5);
            startResponse.Call("200 OK", Respond.Text());
            return new PyList { body };
        }),
        Respond.Post("hello"));
}
