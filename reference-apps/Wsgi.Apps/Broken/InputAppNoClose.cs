using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>input.app.no_close</c>: it closes <c>wsgi.input</c>.</summary>
internal static class InputAppNoClose
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.InputAppNoClose,
        () => WsgiApplication.From(Rules.InputAppNoClose.Id, (environ, startResponse) =>
        {
            ((WsgiInput)environ["wsgi.input"]!).Close();
            startResponse.Call("200 OK", Respond.Text());
            return Respond.Body();
        }));
}
