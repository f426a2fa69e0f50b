using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.status.code_range</c>: the status code is 600.</summary>
internal static class StartResponseStatusCodeRange
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseStatusCodeRange,
        () => WsgiApplication.From(Rules.StartResponseStatusCodeRange.Id, (environ, startResponse) =>
        {
            startResponse.Call("600 Beyond", Respond.Text());
            return Respond.Body();
        }));
}
