using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.app.once_without_exc_info</c>: it calls start_response twice, the second time without exc_info.</summary>
internal static class StartResponseAppOnceWithoutExcInfo
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseAppOnceWithoutExcInfo,
        () => WsgiApplication.From(Rules.StartResponseAppOnceWithoutExcInfo.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", Respond.Text());
            startResponse.Call("200 OK", Respond.Text());
            return Respond.Body();
        }));
}
