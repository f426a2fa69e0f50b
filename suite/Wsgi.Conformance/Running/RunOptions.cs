namespace Wsgi.Conformance.Running;

/// <summary>How a run goes: per-exchange timeout, parallel cases, the seed.</summary>
public sealed record RunOptions
{
    /// <summary>The longest one exchange may take; a case gets a few of these.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many cases run at once.</summary>
    public int Parallel { get; init; } = 4;

    /// <summary>The seed of everything random.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>How many generated requests each property case sends.</summary>
    public int Examples { get; init; } = 100;

    /// <summary>Run only this generated example (by its index) in each property case: the replay of a
    /// counterexample a report named, with the same seed.</summary>
    public int? Replay { get; init; }
}
