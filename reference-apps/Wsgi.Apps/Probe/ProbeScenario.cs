namespace Wsgi.Apps.Probe;

/// <summary>What the harness asks the probe to do for one request (docs/PROBE.md, "Scenario fields"),
/// checked in full by <see cref="ProbeScenarioReader"/>. Defaults are the protocol's.</summary>
internal sealed class ProbeScenario
{
    /// <summary>The id the trace is stored under, if any.</summary>
    public string? Id { get; init; }

    /// <summary><c>trace</c> (the body is the trace) or <c>scenario</c>.</summary>
    public string Respond { get; init; } = "trace";

    /// <summary>Whether the body is the trace.</summary>
    public bool TraceMode => Respond == "trace";

    /// <summary>wsgi.input operations, before start_response.</summary>
    public IReadOnlyList<ProbeOperation> Input { get; init; } = [];

    /// <summary>wsgi.errors operations, after the input ones.</summary>
    public IReadOnlyList<ProbeOperation> Errors { get; init; } = [];

    /// <summary>The status line of the first start_response.</summary>
    public string Status { get; init; } = "200 OK";

    /// <summary>The headers of the first start_response (without X-Probe-Version, which the probe adds).</summary>
    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    /// <summary>Whether start_response waits for the first next() of the result.</summary>
    public bool StartInIter { get; init; }

    /// <summary>A second start_response call, if any.</summary>
    public ProbeStartAgain? StartAgain { get; init; }

    /// <summary>The bytes passed to write(), one call each.</summary>
    public IReadOnlyList<byte[]> Write { get; init; } = [];

    /// <summary>The result's steps (in trace mode, the one trace step).</summary>
    public IReadOnlyList<ProbeStep> Body { get; set; } = [];

    /// <summary><c>closable</c>, <c>list</c> or <c>len</c>.</summary>
    public string Result { get; init; } = "closable";

    /// <summary><c>before_start</c>, <c>after_start</c>, or <c>null</c>.</summary>
    public string? Raise { get; init; }

    /// <summary>Return wsgi.file_wrapper over an in-memory file, if set.</summary>
    public ProbeFileWrapperSpec? FileWrapper { get; init; }
}
