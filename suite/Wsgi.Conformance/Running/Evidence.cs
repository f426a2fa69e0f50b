using Wsgi.Conformance.Harness;
using Wsgi.Validator.Judging;
using Trace = Wsgi.Validator.Tracing.Trace;

namespace Wsgi.Conformance.Running;

/// <summary>What a case saw and concluded: violations (rule, subject, expected, actual), notes,
/// the exchanges on the wire and the probe's traces. The runner turns it into an outcome by the
/// rules' levels; a case never picks its outcome.</summary>
public sealed class Evidence
{
    private readonly Lock _gate = new();

    /// <summary>Broken rules found.</summary>
    public List<Violation> Violations { get; } = [];

    /// <summary>Observations worth reporting (what the server chose where the PEP allows a choice).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>The raw exchanges, in order.</summary>
    public List<RawExchange> Exchanges { get; } = [];

    /// <summary>The probe traces, in order.</summary>
    public List<Trace> Traces { get; } = [];

    /// <summary>Set when an optional feature is absent.</summary>
    public string? Unsupported { get; set; }

    /// <summary>Set when the harness cannot decide; says why.</summary>
    public string? Error { get; set; }

    /// <summary>Adds a violation (thread-safe).</summary>
    public void Add(Violation v)
    {
        lock (_gate)
        {
            Violations.Add(v);
        }
    }
}
