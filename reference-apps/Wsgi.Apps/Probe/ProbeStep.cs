namespace Wsgi.Apps.Probe;

/// <summary>One step of the probe's result: <c>{"data": s}</c>, <c>{"sleep_ms": n}</c>, <c>{"raise": msg}</c>,
/// or the trace itself in trace mode.</summary>
/// <param name="Kind">What the step does.</param>
/// <param name="Data">The bytes a data step yields.</param>
/// <param name="SleepMs">How long a sleep step sleeps.</param>
/// <param name="Message">The message a raise step raises.</param>
internal sealed record ProbeStep(ProbeStepKind Kind, byte[]? Data = null, int SleepMs = 0, string? Message = null)
{
    /// <summary>Whether the step yields an item.</summary>
    public bool Yields => Kind is ProbeStepKind.Data or ProbeStepKind.Trace;
}
