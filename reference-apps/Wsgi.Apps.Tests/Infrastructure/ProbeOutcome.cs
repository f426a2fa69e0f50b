using Wsgi.Validator.Tracing;

namespace Wsgi.Apps.Tests.Infrastructure;

/// <summary>What one probe exchange gave: the response (or why there is none), the trace in the body
/// (trace mode) and the trace stored under the id.</summary>
internal sealed class ProbeOutcome
{
    /// <summary>The status code, or <c>null</c> when the exchange failed.</summary>
    public int? Status { get; init; }

    /// <summary>The response body as received.</summary>
    public byte[] Body { get; init; } = [];

    /// <summary>Why the exchange failed (a cut response), if it did.</summary>
    public string? Failure { get; init; }

    /// <summary>The trace the body carried, in trace mode.</summary>
    public Trace? BodyTrace { get; init; }

    /// <summary>The trace fetched by id once the exchange ended.</summary>
    public required Trace StoredTrace { get; init; }

    /// <summary>The stored trace's raw JSON.</summary>
    public required string StoredJson { get; init; }
}
