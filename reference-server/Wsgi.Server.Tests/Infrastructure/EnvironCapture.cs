using Wsgi.Python;

namespace Wsgi.Server.Tests.Infrastructure;

/// <summary>An app that keeps a copy of every environ it is called with and answers "ok".</summary>
internal sealed class EnvironCapture
{
    private readonly List<PyDict> _seen = [];

    public WsgiApplication App => WsgiApplication.From("capture", (environ, startResponse) =>
    {
        lock (_seen)
        {
            _seen.Add(environ);
        }

        startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Type", "text/plain"), ("Content-Length", "2")));
        return new PyList { "ok"u8.ToArray() };
    });

    public IReadOnlyList<PyDict> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    /// <summary>The environ one raw request produced, sent to a fresh server.</summary>
    public static async Task<PyDict> ForAsync(string request, string scriptName = "")
    {
        var capture = new EnvironCapture();
        await using var server = await TestServer.StartAsync(capture.App, scriptName);
        var response = await RawConnection.ExchangeAsync(server.Port, request);
        Assert.True(response.Status == 200, $"expected 200, got {response.StatusLine}");
        return Assert.Single(capture.Seen);
    }
}
