using System.Diagnostics;
using System.Net.Sockets;

namespace Wsgi.Conformance.Targets;

/// <summary>Starting: the run folder, the processes in order, each ready when its port accepts.</summary>
public sealed partial class RunningTarget
{
    private static readonly TimeSpan ReadyLimit = TimeSpan.FromSeconds(30);

    /// <summary>Starts <paramref name="profile"/> hosting a copy of <paramref name="probeFile"/> (the
    /// probe's folder in the templates is a fresh one in the run folder, so no server writes into the
    /// checkout), writing the servers' output to <paramref name="logPath"/>. Returns once every process
    /// accepts connections on its port; throws <see cref="TargetStartException"/> (after stopping what
    /// it started) when one exits first or is not ready within 30 s.</summary>
    public static async Task<RunningTarget> StartAsync(TargetProfile profile, string probeFile, string logPath, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("target profiles start Linux servers (setsid, process groups, /proc)");
        }

        string python = TargetInstallation.ResolvePython(profile)
            ?? throw new TargetStartException($"target {profile.Name}: no interpreter {profile.Python}; install it (scripts/install-servers, or pyenv for pyenv: versions)");
        string run = Directory.CreateTempSubdirectory($"wsgi-target-{profile.Name}-").FullName;
        string app = Path.Combine(run, "app"), traces = Path.Combine(run, "traces");
        Directory.CreateDirectory(app);
        Directory.CreateDirectory(traces);
        File.Copy(probeFile, Path.Combine(app, Path.GetFileName(probeFile)));
        // Servers that drop privileges (nginx workers run as nobody) must reach their temp folders.
        const UnixFileMode Open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead
            | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(run, Open);
        File.SetUnixFileMode(app, Open);
        File.SetUnixFileMode(traces, Open | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);

        (int port, int upstream) = FreePorts();
        var values = new TargetValues(python, port, upstream, app, run, traces);
        foreach ((string name, string template) in profile.Files)
        {
            await File.WriteAllTextAsync(Path.Combine(run, name), values.Expand(template), token).ConfigureAwait(false);
        }

        var target = new RunningTarget(profile, values, new ServerLog(logPath));
        target.WatchSignals();
        try
        {
            foreach (ServerProcess declared in profile.Processes)
            {
                await target.StartOneAsync(declared, token).ConfigureAwait(false);
            }
        }
        catch
        {
            target.Stop();
            throw;
        }

        return target;
    }

    private async Task StartOneAsync(ServerProcess declared, CancellationToken token)
    {
        string executable = Values.Expand(declared.Executable);
        // setsid runs the server as the leader of a new session and process group (its pgid is its
        // pid): it does not fork, because a child of the harness is never a group leader.
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = Values.Expand(declared.WorkingDirectory),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(executable);
        foreach (string argument in declared.Arguments)
        {
            start.ArgumentList.Add(Values.Expand(argument));
        }

        // A small, fixed environment: wsgiref and others copy os.environ into every WSGI environ,
        // so the harness's own variables would otherwise end up in the traces and reports.
        start.Environment.Clear();
        foreach (string name in (string[])["PATH", "HOME", "LANG", "TMPDIR"])
        {
            if (System.Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }

        start.Environment["WSGI_PROBE_DIR"] = Values.TracesDir;
        start.Environment["PYTHONUNBUFFERED"] = "1";
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        foreach ((string name, string value) in declared.Environment)
        {
            start.Environment[name] = Values.Expand(value);
        }

        string source = Path.GetFileName(executable);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new TargetStartException($"target {Profile.Name}: {executable} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new TargetStartException($"target {Profile.Name}: cannot start {executable} through setsid: {e.Message}", e);
        }

        _processes.Add(process);
        process.OutputDataReceived += (_, e) => _log.Line(source, e.Data);
        process.ErrorDataReceived += (_, e) => _log.Line(source, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        await WaitReadyAsync(process, source, Values.PortOf(declared.ReadyPort), token).ConfigureAwait(false);
    }

    private async Task WaitReadyAsync(Process process, string source, int port, CancellationToken token)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            token.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                await Task.Delay(100, token).ConfigureAwait(false); // let the last lines reach the log
                throw new TargetStartException(
                    $"target {Profile.Name}: {source} exited with code {process.ExitCode} before accepting on 127.0.0.1:{port}; it said: {_log.Tail()}");
            }

            if (clock.Elapsed > ReadyLimit)
            {
                throw new TargetStartException(
                    $"target {Profile.Name}: {source} did not accept on 127.0.0.1:{port} within {ReadyLimit.TotalSeconds:0} s; it said: {_log.Tail()}");
            }

            using var client = new TcpClient();
            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(token);
                attempt.CancelAfter(TimeSpan.FromMilliseconds(500));
                await client.ConnectAsync("127.0.0.1", port, attempt.Token).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is SocketException || (e is OperationCanceledException && !token.IsCancellationRequested))
            {
                await Task.Delay(20, token).ConfigureAwait(false);
            }
        }
    }
}
