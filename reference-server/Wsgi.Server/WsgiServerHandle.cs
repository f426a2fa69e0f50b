using Microsoft.AspNetCore.Builder;

namespace Wsgi.Server;

/// <summary>A running <see cref="WsgiServer"/>. Dispose it (or call <see cref="StopAsync"/>) to stop
/// listening; requests in flight get a short grace period.</summary>
public sealed class WsgiServerHandle : IAsyncDisposable
{
    private readonly WebApplication _host;
    private int _stopped;

    internal WsgiServerHandle(WebApplication host, string listenHost, int port, string scriptName)
    {
        _host = host;
        Host = listenHost;
        Port = port;
        string authority = listenHost.Contains(':') ? $"[{listenHost}]" : listenHost;
        Uri = new Uri($"http://{authority}:{port}{scriptName}/");
    }

    /// <summary>The address the server listens on, as configured.</summary>
    public string Host { get; }

    /// <summary>The TCP port the server listens on (the one picked when 0 was asked for).</summary>
    public int Port { get; }

    /// <summary>The URL of the application root: scheme, host, port and mount point, ending in '/'.</summary>
    public Uri Uri { get; }

    /// <summary>Stops listening and waits (briefly) for requests in flight. Safe to call twice.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        grace.CancelAfter(TimeSpan.FromSeconds(2));
        await _host.StopAsync(grace.Token).ConfigureAwait(false);
        await _host.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => new(StopAsync());
}
