namespace Wsgi.Validator.Tracing;

/// <summary>What a harness saw on the wire for one exchange: the request bytes it sent and the
/// response bytes as they arrived, with their arrival times.</summary>
/// <param name="Request">The exact request bytes sent.</param>
/// <param name="Response">The response byte runs in arrival order.</param>
public sealed record WireRecord(byte[] Request, IReadOnlyList<WireChunk> Response);
