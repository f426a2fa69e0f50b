using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>errors.app.no_other_attrs</c>: it uses <c>wsgi.errors.fileno</c>.</summary>
internal static class ErrorsAppNoOtherAttrs
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.ErrorsAppNoOtherAttrs,
        () => WsgiApplication.From(Rules.ErrorsAppNoOtherAttrs.Id, (environ, startResponse) =>
        {
            try
            {
                ((WsgiErrors)environ["wsgi.errors"]!).GetAttribute("fileno");
            }
            catch (PyAttributeError)
            {
                // The stream has no fileno; the page still renders.
            }

            startResponse.Call("200 OK", Respond.Text());
            return Respond.Body();
        }));
}
