using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>{RID}</c>: it calls start_response with the status only.</summary>
internal static class StartResponseArity
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseArity,
        () => WsgiApplication.From(Rules.StartResponseArity.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK");
            return Respond.Body();
        }));
}
