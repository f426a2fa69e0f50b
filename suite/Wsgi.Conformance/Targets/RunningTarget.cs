using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Wsgi.Conformance.Targets;

/// <summary>A started target: its processes, each the leader of a session of its own (started through
/// <c>setsid</c>), so that a stop reaches every worker it forked. Stopping sends the profile's stop
/// signal to each process group (the last started first), waits for the groups to empty, then sends
/// SIGKILL. A SIGINT, SIGTERM, SIGHUP or SIGQUIT to the harness and the harness's exit stop the
/// groups too, so that no server outlives a run.</summary>
public sealed partial class RunningTarget : IAsyncDisposable
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    private readonly List<Process> _processes = [];
    private readonly List<PosixSignalRegistration> _signals = [];
    private readonly ServerLog _log;
    private readonly string _runDir;
    private int _stopped;

    private RunningTarget(TargetProfile profile, TargetValues values, ServerLog log)
    {
        Profile = profile;
        Values = values;
        _log = log;
        _runDir = values.RunDir;
        Url = new Uri($"http://127.0.0.1:{values.PortNumber}/");
    }

    /// <summary>The profile it was started from.</summary>
    public TargetProfile Profile { get; }

    /// <summary>The values its templates were expanded with.</summary>
    public TargetValues Values { get; }

    /// <summary>Where the probe answers.</summary>
    public Uri Url { get; }

    /// <summary>The PIDs (= process group ids) of its processes, in start order.</summary>
    public IReadOnlyList<int> ProcessGroups => [.. _processes.Select(p => p.Id)];

    /// <summary>Null while every process it started is running, else which one exited and how.</summary>
    public string? Exited()
    {
        Process? gone = _processes.FirstOrDefault(p => p.HasExited);
        return gone is null ? null : $"{Path.GetFileName(gone.StartInfo.ArgumentList[0])} (pid {gone.Id}) exited with code {gone.ExitCode}";
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => new(Task.Run(Stop));

    /// <summary>Stops every process group (idempotent) and deletes the run folder; returns the PIDs
    /// that were still alive after SIGKILL (none, unless the kernel is very slow).</summary>
    public IReadOnlyList<int> Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return [];
        }

        var survivors = new List<int>();
        for (int i = _processes.Count - 1; i >= 0; i--)
        {
            survivors.AddRange(StopGroup(_processes[i], Profile.Processes[i].StopSignal));
        }

        foreach (PosixSignalRegistration registration in _signals)
        {
            registration.Dispose();
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        _log.Dispose();
        try
        {
            Directory.Delete(_runDir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A server that wrote files as another user; the folder is in the temp area.
        }

        return survivors;
    }

    private static List<int> StopGroup(Process process, int signal)
    {
        int pgid = process.Id;
        ProcessGroup.Signal(pgid, signal);
        if (!WaitEmpty(pgid, process, Grace))
        {
            ProcessGroup.Signal(pgid, ProcessGroup.SigKill);
            WaitEmpty(pgid, process, TimeSpan.FromSeconds(2));
        }

        process.WaitForExit(2000);
        process.Dispose();
        return [.. ProcessTable.Members(pgid)];
    }

    private static bool WaitEmpty(int pgid, Process leader, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (leader.HasExited && ProcessTable.Members(pgid).Count == 0)
            {
                return true;
            }

            Thread.Sleep(20);
        }

        return false;
    }

    private void OnProcessExit(object? sender, EventArgs e) => Stop();

    private void WatchSignals()
    {
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        foreach (PosixSignal signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
        {
            // Not cancelled: the harness's own handling (cancelling the run) goes on after the stop.
            _signals.Add(PosixSignalRegistration.Create(signal, _ => Stop()));
        }
    }

    private static (int Port, int Upstream) FreePorts()
    {
        using var first = new TcpListener(IPAddress.Loopback, 0);
        using var second = new TcpListener(IPAddress.Loopback, 0);
        first.Start();
        second.Start();
        int a = ((IPEndPoint)first.LocalEndpoint).Port, b = ((IPEndPoint)second.LocalEndpoint).Port;
        first.Stop();
        second.Stop();
        return (a, b);
    }
}
