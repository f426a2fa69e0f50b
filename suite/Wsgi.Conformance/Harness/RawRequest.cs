namespace Wsgi.Conformance.Harness;

/// <summary>What the raw client sends and how it reads: the request bytes in parts (each sent after
/// a pause, or after the server's interim 100 response), how many responses to read, and when to stop.</summary>
public sealed record RawRequest
{
    /// <summary>The bytes to send, in order; a part is sent after <see cref="RawPart.DelayMs"/> (or after 100 Continue).</summary>
    public required IReadOnlyList<RawPart> Parts { get; init; }

    /// <summary>For each response expected, whether it answers a HEAD request (no body). Default: one, with a body.</summary>
    public IReadOnlyList<bool> NoBody { get; init; } = [false];

    /// <summary>Close the connection once this many bytes of the first response's body arrived (an early disconnect).</summary>
    public int? DisconnectAfterBodyBytes { get; init; }

    /// <summary>After the expected responses, go on reading this long to see whether the server closes or sends more.</summary>
    public int LingerMs { get; init; }

    /// <summary>Once a first final response is in, stop reading when nothing more arrives for this long (the
    /// connection is then still open: <see cref="ConnectionEnd.Complete"/>), even if fewer responses came than
    /// <see cref="NoBody"/> allows. For reading "up to N responses" without waiting out the timeout.</summary>
    public int QuietMs { get; init; }

    /// <summary>One request sent whole.</summary>
    public static RawRequest Of(byte[] bytes, bool head = false) => new() { Parts = [new RawPart(bytes)], NoBody = [head] };
}
