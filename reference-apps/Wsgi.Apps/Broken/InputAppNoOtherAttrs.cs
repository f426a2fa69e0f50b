using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>input.app.no_other_attrs</c>: it uses <c>wsgi.input.seek</c>.</summary>
internal static class InputAppNoOtherAttrs
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.InputAppNoOtherAttrs,
        () => WsgiApplication.From(Rules.InputAppNoOtherAttrs.Id, (environ, startResponse) =>
        {
            try
            {
                ((WsgiInput)environ["wsgi.input"]!).GetAttribute("seek");
            }
            catch (PyAttributeError)
            {
                // The stream has no seek; the page still renders.
            }

            startResponse.Call("200 OK", Respond.Text());
            return Respond.Body();
        }));
}
