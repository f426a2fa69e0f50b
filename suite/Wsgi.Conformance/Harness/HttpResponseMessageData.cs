namespace Wsgi.Conformance.Harness;

/// <summary>One HTTP/1.x response as parsed from the wire: status line, header fields in order (latin-1),
/// the body after de-chunking, and how the body was delimited.</summary>
public sealed class HttpResponseMessageData
{
    /// <summary>The protocol of the status line (<c>HTTP/1.1</c>).</summary>
    public required string Protocol { get; init; }

    /// <summary>The status code.</summary>
    public required int StatusCode { get; init; }

    /// <summary>The reason phrase.</summary>
    public required string Reason { get; init; }

    /// <summary>Header fields in order, names as sent.</summary>
    public required IReadOnlyList<(string Name, string Value)> Headers { get; init; }

    /// <summary>The body bytes (de-chunked).</summary>
    public required byte[] Body { get; init; }

    /// <summary>How the body was delimited.</summary>
    public required BodyFraming Framing { get; init; }

    /// <summary>Offset of the first body byte in the received stream (for timing the first chunk).</summary>
    public int HeadEnd { get; init; }

    /// <summary>Offset just after this response in the received stream.</summary>
    public int End { get; init; }

    /// <summary>The first value of header <paramref name="name"/> (case-insensitive), or <c>null</c>.</summary>
    public string? Header(string name) => Headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Every value of header <paramref name="name"/>.</summary>
    public IEnumerable<string> HeaderValues(string name) => Headers.Where(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);
}
