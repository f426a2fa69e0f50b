using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.positional_only</c>: it passes exc_info to start_response as a keyword.</summary>
internal static class StartResponsePositionalOnly
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponsePositionalOnly,
        () => WsgiApplication.From(Rules.StartResponsePositionalOnly.Id, (environ, startResponse) =>
        {
            startResponse.CallWithKeywords(new Dictionary<string, object?> { ["exc_info"] = null }, "200 OK", Respond.Text());
            return Respond.Body();
        }));
}
