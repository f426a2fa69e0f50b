using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>errors.app.no_close</c>: it closes <c>wsgi.errors</c>.</summary>
internal static class ErrorsAppNoClose
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.ErrorsAppNoClose,
        () => WsgiApplication.From(Rules.ErrorsAppNoClose.Id, (environ, startResponse) =>
        {
            ((WsgiErrors)environ["wsgi.errors"]!).Close();
            startResponse.Call("200 OK", Respond.Text());
            return Respond.Body();
        }));
}
