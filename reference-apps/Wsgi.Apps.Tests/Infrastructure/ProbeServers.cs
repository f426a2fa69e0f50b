using Wsgi.Apps.Probe;
using Wsgi.Server;

namespace Wsgi.Apps.Tests.Infrastructure;

/// <summary>The two probes, started once per test class: the Python probe under wsgiref (Python 3
/// on PATH) and the C# probe under the reference server, each storing traces in its own temporary folder.</summary>
public sealed class ProbeServers : IAsyncLifetime
{
    private readonly TempFolder _pythonTraces = new("wsgi-probe-py");
    private readonly TempFolder _csharpTraces = new("wsgi-probe-cs");
    private PythonServer? _python;
    private WsgiServerHandle? _csharp;

    /// <summary>The Python probe's URL.</summary>
    internal Uri Python => _python!.Uri;

    /// <summary>The C# probe's URL.</summary>
    internal Uri CSharp => _csharp!.Uri;

    /// <summary>What wsgiref printed to standard error (for failure messages).</summary>
    internal string PythonStderr => _python?.Stderr ?? "";

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        _python = await PythonServer.StartAsync(Repo.Python3, "import wsgi_probe; app = wsgi_probe.application", _pythonTraces.Path);
        _csharp = await WsgiServer.StartAsync(new ProbeApp(_csharpTraces.Path), new WsgiServerOptions { Errors = TextWriter.Null });
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        _python?.Dispose();
        if (_csharp is not null)
        {
            await _csharp.DisposeAsync();
        }

        _pythonTraces.Dispose();
        _csharpTraces.Dispose();
    }
}
