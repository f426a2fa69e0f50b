namespace Wsgi.Conformance.Targets;

/// <summary>One process of a target, as data: the command line and environment as templates (see
/// <see cref="TargetValues"/> for the placeholders), and the port that tells it is ready (it accepts
/// a TCP connection there). Each process starts in a session of its own, so that stopping its
/// process group stops every worker it forked.</summary>
/// <param name="Executable">The program: a path, a placeholder like <c>{python}</c>, or a name looked up on PATH.</param>
/// <param name="Arguments">The arguments, each a template.</param>
public sealed record ServerProcess(string Executable, IReadOnlyList<string> Arguments)
{
    /// <summary>Extra environment variables (values are templates). <c>WSGI_PROBE_DIR</c> is always set.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Which port must accept before the process counts as ready: <c>{port}</c> or <c>{upstream}</c>.</summary>
    public string ReadyPort { get; init; } = TargetValues.Port;

    /// <summary>The working directory (a template); the probe's folder by default.</summary>
    public string WorkingDirectory { get; init; } = TargetValues.App;

    /// <summary>The signal that asks it to stop (15, SIGTERM, unless the server reloads on it).</summary>
    public int StopSignal { get; init; } = ProcessGroup.SigTerm;
}
