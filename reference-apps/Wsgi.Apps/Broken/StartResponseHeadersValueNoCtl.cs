using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>start_response.headers.value_no_ctl</c>: a header value holds CR LF (header injection).</summary>
internal static class StartResponseHeadersValueNoCtl
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.StartResponseHeadersValueNoCtl,
        () => WsgiApplication.From(Rules.StartResponseHeadersValueNoCtl.Id, (environ, startResponse) =>
        {
            startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Type", "text/plain"), ("X-Note", "one\r\nX-Injected: yes")));
            return Respond.Body();
        }));
}
