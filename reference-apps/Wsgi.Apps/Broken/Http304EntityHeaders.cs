using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>http.304.entity_headers</c>: a 304 response carries <c>Content-Encoding</c>.</summary>
internal static class Http304EntityHeaders
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.Http304EntityHeaders,
        () => WsgiApplication.From(Rules.Http304EntityHeaders.Id, (environ, startResponse) =>
        {
            startResponse.Call("304 Not Modified", WsgiApplication.Headers(("Content-Encoding", "gzip")));
            return new PyList();
        }));
}
