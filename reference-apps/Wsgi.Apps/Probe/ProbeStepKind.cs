namespace Wsgi.Apps.Probe;

/// <summary>What one body step of a probe scenario does.</summary>
internal enum ProbeStepKind
{
    /// <summary>Yield bytes.</summary>
    Data,

    /// <summary>Sleep, then go on to the next step.</summary>
    Sleep,

    /// <summary>Raise <c>RuntimeError(message)</c>.</summary>
    Raise,

    /// <summary>Yield the trace as it stands (the body in <c>"respond": "trace"</c> mode).</summary>
    Trace,
}
