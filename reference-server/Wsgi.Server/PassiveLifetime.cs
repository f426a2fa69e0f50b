using Microsoft.Extensions.Hosting;

namespace Wsgi.Server;

/// <summary>A host lifetime that leaves the process alone: no Ctrl+C or SIGTERM handlers, no console
/// messages. The program embedding the server owns its signals and calls
/// <see cref="WsgiServerHandle.StopAsync"/> itself.</summary>
internal sealed class PassiveLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
