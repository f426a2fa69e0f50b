namespace Wsgi.Conformance.Harness;

/// <summary>How a response body was delimited on the wire.</summary>
public enum BodyFraming
{
    /// <summary>No body by definition (HEAD, 1xx, 204, 304).</summary>
    None,

    /// <summary>Content-Length.</summary>
    ContentLength,

    /// <summary>Transfer-Encoding: chunked.</summary>
    Chunked,

    /// <summary>Read until the server closed the connection.</summary>
    Close,
}
