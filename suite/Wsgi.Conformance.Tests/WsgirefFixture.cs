using System.Diagnostics;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Probe;

namespace Wsgi.Conformance.Tests;

/// <summary>wsgiref.simple_server (the python3 on PATH: pyenv 3.11 here) serving the Python probe on a
/// free loopback port; killed by the PID it was started with.</summary>
public sealed class WsgirefFixture : IAsyncLifetime
{
    private const string Serve = """
        import sys, wsgiref.simple_server as s, wsgi_probe
        srv = s.make_server('127.0.0.1', 0, wsgi_probe.application)
        print(srv.server_port, flush=True)
        srv.serve_forever()
        """;

    private Process? _process;
    private string _traces = "";

    public ProbeClient Probe { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _traces = Directory.CreateTempSubdirectory("wsgiref-traces-").FullName;
        var start = new ProcessStartInfo("python3", ["-c", Serve])
        {
            WorkingDirectory = Repo.Path("reference-apps", "python"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["WSGI_PROBE_DIR"] = _traces;
        _process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string? line = await _process.StandardOutput.ReadLineAsync(cts.Token);
        int port = int.Parse(line ?? throw new InvalidOperationException("wsgiref printed no port"), System.Globalization.CultureInfo.InvariantCulture);
        Probe = new ProbeClient(Target.Parse($"http://127.0.0.1:{port}/"), TimeSpan.FromSeconds(3));
    }

    public Task DisposeAsync()
    {
        Probe?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        Directory.Delete(_traces, recursive: true);
        return Task.CompletedTask;
    }
}
