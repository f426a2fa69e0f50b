using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>input.app.arg_counts</c>: it calls <c>wsgi.input.read(1, 2)</c>.</summary>
internal static class InputAppArgCounts
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.InputAppArgCounts,
        () => WsgiApplication.From(Rules.InputAppArgCounts.Id, (environ, startResponse) =>
        {
            var input = (WsgiInput)environ["wsgi.input"]!;
            try
            {
                input.Read(1, 2);
            }
            catch (PyTypeError)
            {
                // The stream refuses the extra argument; the page still renders.
            }

            startResponse.Call("200 OK", Respond.Text());
            return Respond.Body();
        }));
}
