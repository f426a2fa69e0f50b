using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.status.latin1</c>: the status holds U+2713, outside latin-1.</summary>
internal static class StartResponseStatusLatin1
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseStatusLatin1,
        () => WsgiApplication.From(Rules.StartResponseStatusLatin1.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 \u2713 OK", Respond.Text());
            return Respond.Body();
        }));
}
