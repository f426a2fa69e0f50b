using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.exc_info.type</c>: it passes a str as exc_info.</summary>
internal static class StartResponseExcInfoType
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseExcInfoType,
        () => WsgiApplication.From(Rules.StartResponseExcInfoType.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", Respond.Text(), "not an exc_info tuple");
            return Respond.Body();
        }));
}
