using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>errors.app.write_str</c>: it writes bytes, not str, to <c>wsgi.errors</c>.</summary>
internal static class ErrorsAppWriteStr
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.ErrorsAppWriteStr,
        () => WsgiApplication.From(Rules.ErrorsAppWriteStr.Id, (environ, startResponse) =>
        {
            var errors = (WsgiErrors)environ["wsgi.errors"]!;
            try
            {
                errors.Write("logged as bytes\n"u8.ToArray());
            }
            catch (PyTypeError)
            {
                // A text stream refuses bytes, as Python's does; the page still renders.
            }

            startResponse.Call("200 OK", Respond.Text());
            return Respond.Body();
        }));
}
