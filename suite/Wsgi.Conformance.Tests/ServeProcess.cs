using System.Diagnostics;
using System.Globalization;

namespace Wsgi.Conformance.Tests;

/// <summary><c>wsgi-conformance serve ...</c> in its own process: started, its "serving ... at URL" line read,
/// stopped by a signal; killed with its tree when a test leaves it running.</summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, string line)
    {
        _process = process;
        Line = line;
    }

    /// <summary>The first line it printed.</summary>
    public string Line { get; }

    /// <summary>The URL it serves at.</summary>
    public string Url => Line.Split(" at ")[1].Split(';')[0];

    /// <summary>Starts <c>serve</c> with <paramref name="args"/> and waits (at most 30 s) for its first line.</summary>
    public static async Task<ServeProcess> StartAsync(params string[] args)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "wsgi-conformance.dll");
        var process = Process.Start(new ProcessStartInfo("dotnet", [cli, "serve", .. args]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        using var ready = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return new ServeProcess(process, await process.StandardOutput.ReadLineAsync(ready.Token) ?? "");
    }

    /// <summary>Sends <paramref name="signal"/> (INT, TERM) and waits at most 15 s; the exit code and what it wrote to
    /// stderr, or <c>null</c> for the code when it did not stop.</summary>
    public async Task<(int? Code, string Stderr)> StopAsync(string signal)
    {
        using (Process.Start("kill", ["-" + signal, _process.Id.ToString(CultureInfo.InvariantCulture)])!)
        {
        }

        if (!_process.WaitForExit(15_000))
        {
            return (null, "");
        }

        using var read = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        return (_process.ExitCode, await _process.StandardError.ReadToEndAsync(read.Token));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
