using Wsgi.Validator.Tracing;

namespace Wsgi.Conformance.Harness;

/// <summary>One exchange over a raw socket: the exact bytes sent, every byte run received with its
/// arrival time, the responses parsed from them, and how the connection ended.</summary>
public sealed class RawExchange
{
    /// <summary>The request bytes as sent.</summary>
    public required byte[] Request { get; init; }

    /// <summary>The byte runs as they arrived (milliseconds after the last request byte was sent).</summary>
    public List<WireChunk> Received { get; } = [];

    /// <summary>The responses parsed from the received bytes, in order (pipelined requests give several).</summary>
    public List<HttpResponseMessageData> Responses { get; } = [];

    /// <summary>How the read ended.</summary>
    public ConnectionEnd End { get; set; }

    /// <summary>Why parsing stopped, when the bytes were not a valid HTTP/1.1 response.</summary>
    public string? ParseError { get; set; }

    /// <summary>All received bytes concatenated.</summary>
    public byte[] ReceivedBytes => [.. Received.SelectMany(c => c.Bytes)];

    /// <summary>The first final (non-1xx) response, if one was parsed whole; interim 100 Continue responses are skipped.</summary>
    public HttpResponseMessageData? Response => Responses.FirstOrDefault(r => r.StatusCode is < 100 or >= 200);

    /// <summary>The wire record for a trace.</summary>
    public WireRecord ToWire() => new(Request, Received);
}
