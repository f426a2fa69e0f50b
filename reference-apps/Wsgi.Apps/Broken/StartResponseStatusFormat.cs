using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.status.format</c>: the status <c>200OK</c> has no space after the code.</summary>
internal static class StartResponseStatusFormat
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseStatusFormat,
        () => WsgiApplication.From(Rules.StartResponseStatusFormat.Id, (environ, startResponse) =>
        {
            startResponse.Call("200OK", Respond.Text());
            return Respond.Body();
        }));
}
