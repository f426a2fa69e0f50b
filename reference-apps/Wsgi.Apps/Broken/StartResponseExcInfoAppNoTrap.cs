using System.Collections;
using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.exc_info.app_no_trap</c>: after the headers went out it calls start_response with exc_info, then swallows the exception the server re-raises and goes on yielding.</summary>
internal static class StartResponseExcInfoAppNoTrap
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseExcInfoAppNoTrap,
        () => WsgiApplication.From(Rules.StartResponseExcInfoAppNoTrap.Id, (environ, startResponse) =>
        {
            return Iterate(startResponse);
        }));

    private static IEnumerable Iterate(PyCallable startResponse)
    {
        startResponse.Call("200 OK", Respond.Text());
        yield return "partial page\n"u8.ToArray();
        bool trapped = false;
        try
        {
            throw new InvalidOperationException("rendering failed after the headers were sent");
        }
        catch (InvalidOperationException e)
        {
            try
            {
                startResponse.Call("500 Internal Server Error", Respond.Text(), ExcInfo.From(e));
            }
            catch (InvalidOperationException)
            {
                trapped = true; // The mistake: the re-raised error must propagate.
            }
        }

        if (trapped)
        {
            yield return "error swallowed\n"u8.ToArray();
        }
    }
}
