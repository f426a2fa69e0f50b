using Wsgi.Apps;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Probe;
using Wsgi.Server;

namespace Wsgi.Conformance.Tests;

/// <summary>The reference server hosting the C# probe on a free loopback port, for the whole test class.</summary>
public sealed class ReferenceServerFixture : IAsyncLifetime
{
    private WsgiServerHandle? _server;

    public ProbeClient Probe { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await WsgiServer.StartAsync(ReferenceApps.Good["probe"](), new WsgiServerOptions { Errors = TextWriter.Null });
        Probe = new ProbeClient(Target.Parse(_server.Uri.ToString()), TimeSpan.FromSeconds(5));
    }

    public async Task DisposeAsync()
    {
        Probe.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
