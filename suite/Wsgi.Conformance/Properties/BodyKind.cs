namespace Wsgi.Conformance.Properties;

/// <summary>How a generated request frames its body (RFC 9112 §6).</summary>
public enum BodyKind
{
    /// <summary>No body and no framing field.</summary>
    None,

    /// <summary>A <c>Content-Length</c> field and that many octets.</summary>
    ContentLength,

    /// <summary><c>Transfer-Encoding: chunked</c>, chunks of the given sizes, then trailer fields.</summary>
    Chunked,
}
