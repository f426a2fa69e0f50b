namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>Content-Length and transfer coding.</summary>
    public static readonly RuleGroup Group11 = new(11, "Content-Length and transfer coding");

    /// <summary>A declared Content-Length equals the number of body bytes produced (write() plus iterable).</summary>
    public static readonly Rule ContentLengthAppAccurate = new(
        "content_length.app.accurate", Party.App, Level.Must, "ext (implied)", Group11,
        Section: "Handling the Content-Length Header",
        Summary: "A declared Content-Length equals the number of body bytes produced (write() plus iterable).",
        Quote: "[implied] A declared Content-Length equals the number of body bytes the app produces (write() data plus yielded bytestrings).",
        Anchors: "WZ(w) (write and yield both counted); RK",
        Observability: "P");

    /// <summary>Server sends no more bytes than the declared Content-Length and stops iterating once it has enough.</summary>
    public static readonly Rule ContentLengthServerNoOverrun = new(
        "content_length.server.no_overrun", Party.Server, Level.ShouldNot, "SHOULD NOT / SHOULD", Group11,
        Section: "Handling the Content-Length Header",
        Summary: "Server sends no more bytes than the declared Content-Length and stops iterating once it has enough.",
        Quote: "If the application supplies a Content-Length header, the server should not transmit more bytes to the client than the header allows...",
        Anchors: "—",
        Observability: "B");

    /// <summary>If the app produces fewer bytes than declared, the server closes the connection and logs or reports the error.</summary>
    public static readonly Rule ContentLengthServerUnderrun = new(
        "content_length.server.underrun", Party.Server, Level.Should, "SHOULD", Group11,
        Section: "Handling the Content-Length Header",
        Summary: "If the app produces fewer bytes than declared, the server closes the connection and logs or reports the error.",
        Quote: "...if the application does not provide enough data to meet its stated Content-Length, the server should close the connection and log or otherwise report the error.",
        Anchors: "—",
        Observability: "B");

    /// <summary>Without Content-Length the server may close the connection at the end, compute the length, or use chunked encoding.</summary>
    public static readonly Rule ContentLengthServerAbsent = new(
        "content_length.server.absent", Party.Server, Level.May, "MAY", Group11,
        Section: "Handling the Content-Length Header",
        Summary: "Without Content-Length the server may close the connection at the end, compute the length, or use chunked encoding.",
        Quote: "If the application does not supply a Content-Length header, a server or gateway may choose one of several approaches to handling it.",
        Anchors: "—",
        Observability: "B");

    /// <summary>A server using chunked transfer coding complies fully with RFC 2616 (now RFC 9112), or falls back to another strategy.</summary>
    public static readonly Rule ChunkedRfcCompliant = new(
        "chunked.rfc_compliant", Party.Server, Level.Must, "MUST", Group11,
        Section: "Handling the Content-Length Header",
        Summary: "A server using chunked transfer coding complies fully with RFC 2616 (now RFC 9112), or falls back to another strategy.",
        Quote: "...when doing this, or else fall back to one of the other strategies for dealing with the absence of Content-Length.",
        Anchors: "—",
        Observability: "B");

    /// <summary>Chunked responses are used only when both server and client support HTTP/1.1.</summary>
    public static readonly Rule ChunkedHttp11Only = new(
        "chunked.http11_only", Party.Server, Level.Must, "MUST (implied)", Group11,
        Section: "Handling the Content-Length Header",
        Summary: "Chunked responses are used only when both server and client support HTTP/1.1.",
        Quote: "And, if the server and client both support HTTP/1.1...",
        Anchors: "—",
        Observability: "B");

    /// <summary>Apps and middleware apply no Transfer-Encoding (chunking, gzip) to their output.</summary>
    public static readonly Rule TransferEncodingAppForbidden = new(
        "transfer_encoding.app_forbidden", Party.App, Level.MustNot, "MUST NOT", Group11,
        Section: "Handling the Content-Length Header; Other HTTP Features",
        Summary: "Apps and middleware apply no Transfer-Encoding (chunking, gzip) to their output.",
        Quote: "applications and middleware must not apply any kind of Transfer-Encoding to their output, such as chunking or gzipping...",
        Anchors: "—",
        Observability: "P");

    /// <summary>No body bytes go on the wire in the response to a HEAD request.</summary>
    public static readonly Rule HttpHeadNoBody = new(
        "http.head.no_body", Party.Server, Level.Must, "ext (RFC 9110 §9.3.2)", Group11,
        Section: "—",
        Summary: "No body bytes go on the wire in the response to a HEAD request.",
        Quote: "[RFC 9110 §9.3.2] The HEAD method is identical to GET except that the server MUST NOT send content in the response.",
        Anchors: "RK (app-side in Rack)",
        Observability: "B");

    private static Rule[] InGroup11 => [ContentLengthAppAccurate, ContentLengthServerNoOverrun, ContentLengthServerUnderrun, ContentLengthServerAbsent, ChunkedRfcCompliant, ChunkedHttp11Only, TransferEncodingAppForbidden, HttpHeadNoBody];
}
