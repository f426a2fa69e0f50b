namespace Wsgi.Conformance.Running;

/// <summary>Everything a run produced: what was tested, when, and every case's verdict. Reporters are
/// pure functions of it.</summary>
public sealed record RunResult
{
    /// <summary>The tool name.</summary>
    public string Tool { get; init; } = "wsgi-conformance";

    /// <summary>The tool version.</summary>
    public required string Version { get; init; }

    /// <summary>The URL tested.</summary>
    public required string Target { get; init; }

    /// <summary>What the description describes: "Application" for a <c>check-app</c> run (target <c>app MODULE:CALLABLE</c>), else "Server".</summary>
    public string DescriptionLabel => Target.StartsWith("app ", StringComparison.Ordinal) ? "Application" : "Server";

    /// <summary>A description of the target (the Server header, or "embedded reference server").</summary>
    public string? TargetDescription { get; init; }

    /// <summary>When the run started.</summary>
    public required DateTimeOffset Started { get; init; }

    /// <summary>How long it took, in seconds.</summary>
    public double DurationS { get; init; }

    /// <summary>The probe protocol version the target's probe spoke (the harness refuses any other);
    /// <c>null</c> when no probe answered.</summary>
    public int? ProbeProtocolVersion { get; init; }

    /// <summary>The seed of generated cases.</summary>
    public int Seed { get; init; }

    /// <summary>Whether the run finished (false while writing partial results).</summary>
    public bool Complete { get; init; }

    /// <summary>The verdicts, in case order.</summary>
    public required IReadOnlyList<CaseResult> Cases { get; init; }

    /// <summary>Whether a MUST rule failed (exit code 1).</summary>
    public bool AnyFail => Cases.Any(c => c.Outcome == Outcome.Fail);

    /// <summary>Count of each outcome.</summary>
    public int Count(Outcome o) => Cases.Count(c => c.Outcome == o);
}
