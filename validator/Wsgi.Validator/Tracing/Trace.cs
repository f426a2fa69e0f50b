namespace Wsgi.Validator.Tracing;

/// <summary>The evidence of one exchange: the environ as the app saw it, the ordered protocol
/// events, and (when a harness observed it) the wire. Serialised by <see cref="TraceJson"/>;
/// judged by <see cref="TraceReplay"/> through the same <see cref="Judging.ExchangeJudge"/> the
/// live validator uses.</summary>
public sealed class Trace
{
    /// <summary>The trace format version this build writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The format version.</summary>
    public int Version { get; init; } = CurrentVersion;

    /// <summary>Who recorded it: <c>validator</c>, <c>probe</c>, <c>recorder</c>.</summary>
    public string Source { get; init; } = "validator";

    /// <summary>The environ as the server handed it (Python values, see <see cref="Wsgi.Python.Py"/>).</summary>
    public object? Environ { get; set; }

    /// <summary>The protocol events in the order they happened.</summary>
    public List<TraceEvent> Events { get; } = [];

    /// <summary>Facts about the recorder (the probe writes <c>probe_version</c>, <c>implementation</c>,
    /// <c>pid</c> and <c>thread</c>); empty when none were recorded.</summary>
    public IReadOnlyDictionary<string, object?> Meta { get; set; } = new Dictionary<string, object?>();

    /// <summary>What the harness saw on the wire, when it did.</summary>
    public WireRecord? Wire { get; set; }
}
