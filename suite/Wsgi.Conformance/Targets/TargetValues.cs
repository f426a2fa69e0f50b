namespace Wsgi.Conformance.Targets;

/// <summary>The values a profile's templates refer to, and their expansion. Placeholders:
/// <c>{python}</c> (the profile's interpreter), <c>{port}</c> (the free loopback port the suite
/// connects to), <c>{upstream}</c> (a second free port, for a server behind a proxy), <c>{app}</c>
/// (the folder holding <c>wsgi_probe.py</c>), <c>{run}</c> (a fresh temporary folder for
/// configuration, pid and temp files) and <c>{traces}</c> (where the probe stores its traces).</summary>
/// <param name="Python">The interpreter path.</param>
/// <param name="PortNumber">The suite's port.</param>
/// <param name="UpstreamNumber">The second port.</param>
/// <param name="AppDir">The probe's folder.</param>
/// <param name="RunDir">The temporary run folder.</param>
/// <param name="TracesDir">The probe's trace folder.</param>
public sealed record TargetValues(string Python, int PortNumber, int UpstreamNumber, string AppDir, string RunDir, string TracesDir)
{
    /// <summary>Placeholder of the interpreter.</summary>
    public const string PythonKey = "{python}";

    /// <summary>Placeholder of the suite's port.</summary>
    public const string Port = "{port}";

    /// <summary>Placeholder of the second port.</summary>
    public const string Upstream = "{upstream}";

    /// <summary>Placeholder of the probe's folder.</summary>
    public const string App = "{app}";

    /// <summary>Placeholder of the run folder.</summary>
    public const string Run = "{run}";

    /// <summary>Placeholder of the trace folder.</summary>
    public const string Traces = "{traces}";

    /// <summary>The template with every placeholder replaced.</summary>
    public string Expand(string template) => template
        .Replace(PythonKey, Python, StringComparison.Ordinal)
        .Replace(Port, PortNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace(Upstream, UpstreamNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace(App, AppDir, StringComparison.Ordinal)
        .Replace(Run, RunDir, StringComparison.Ordinal)
        .Replace(Traces, TracesDir, StringComparison.Ordinal);

    /// <summary>The port a <see cref="ServerProcess.ReadyPort"/> names.</summary>
    public int PortOf(string placeholder) => placeholder switch
    {
        Port => PortNumber,
        Upstream => UpstreamNumber,
        _ => throw new ArgumentException($"a ready port must be {Port} or {Upstream}; got \"{placeholder}\"", nameof(placeholder)),
    };
}
