using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.must_be_called</c>: it returns an empty list and never calls start_response.</summary>
internal static class StartResponseMustBeCalled
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseMustBeCalled,
        () => WsgiApplication.From(Rules.StartResponseMustBeCalled.Id, (environ, startResponse) =>
        {
            return new PyList();
        }));
}
