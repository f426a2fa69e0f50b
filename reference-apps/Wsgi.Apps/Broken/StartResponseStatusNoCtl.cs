using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.status.no_ctl</c>: the status ends in CR LF.</summary>
internal static class StartResponseStatusNoCtl
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseStatusNoCtl,
        () => WsgiApplication.From(Rules.StartResponseStatusNoCtl.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK\r\n", Respond.Text());
            return Respond.Body();
        }));
}
