using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.status.type</c>: the status is bytes, not str.</summary>
internal static class StartResponseStatusType
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseStatusType,
        () => WsgiApplication.From(Rules.StartResponseStatusType.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK"u8.ToArray(), Respond.Text());
            return Respond.Body();
        }));
}
