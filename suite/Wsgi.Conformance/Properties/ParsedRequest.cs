namespace Wsgi.Conformance.Properties;

/// <summary>A request as the oracle reads it from the wire (RFC 9112): the request line's parts, the
/// header fields in order with their values stripped of OWS, and the body after framing is removed.</summary>
/// <param name="Method">The method token.</param>
/// <param name="Target">The request-target, one character per octet (latin-1).</param>
/// <param name="Version">The HTTP-version.</param>
/// <param name="Fields">The header fields, in order, values latin-1 without leading or trailing SP/HTAB.</param>
/// <param name="Chunked">Whether the body was chunked.</param>
/// <param name="Body">The message body after de-chunking (trailer fields removed).</param>
/// <param name="Trailers">The trailer fields of a chunked body.</param>
public sealed record ParsedRequest(string Method, string Target, string Version, IReadOnlyList<(string Name, string Value)> Fields,
    bool Chunked, byte[] Body, IReadOnlyList<(string Name, string Value)> Trailers);
