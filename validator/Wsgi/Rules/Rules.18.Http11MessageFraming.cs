namespace Wsgi.Catalogue;

// Added by this project (issue 10): HTTP/1.1 message framing, where request smuggling lives. Each
// rule quotes RFC 9112 or RFC 9110; the Summary says what the suite accepts as correct.
public static partial class Rules
{
    /// <summary>HTTP/1.1 message framing (RFC 9112 and RFC 9110; not in PEP 3333).</summary>
    public static readonly RuleGroup Group18 = new(18, "HTTP/1.1 message framing (RFC 9112; not in PEP 3333)");

    /// <summary>An invalid Content-Length is an unrecoverable framing error: 400, then close.</summary>
    public static readonly Rule Http1ContentLengthInvalid = new(
        "http1.content_length.invalid", Party.Server, Level.Must, "ext (RFC 9112 §6.3)", Group18,
        Section: "—",
        Summary: "A request whose Content-Length is not 1*DIGIT (a sign, hex, a space inside, empty) or has differing values (two fields, a list) is answered 400 and the connection closed; the app never sees it and no later byte is parsed as a request.",
        Quote: "[RFC 9112 §6.3] If a message is received without Transfer-Encoding and with an invalid Content-Length header field, then the message framing is invalid and the recipient MUST treat it as an unrecoverable error, unless the field value can be successfully parsed as a comma-separated list, all values in the list are valid, and all values in the list are the same. If this is a request message, the server MUST respond with a 400 (Bad Request) status code and then close the connection.",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>A Content-Length too large for the server's integers is refused, never wrapped.</summary>
    public static readonly Rule Http1ContentLengthOverflow = new(
        "http1.content_length.overflow", Party.Server, Level.Must, "ext (RFC 9110 §8.6)", Group18,
        Section: "—",
        Summary: "A Content-Length of 2^64+5 is refused (400, or 413 as too large) and the connection closed, or taken whole: CONTENT_LENGTH '18446744073709551621' with the body running on past 'hello' (read(6) gives b'helloG', or the read raises), or no answer while the server waits for the rest; nothing after it is answered. It is never wrapped to 5 (read(6) giving b'hello' fails, whatever CONTENT_LENGTH says).",
        Quote: "[RFC 9110 §8.6] Likewise, a sender MUST NOT forward a message with a Content-Length header field value that does not match the ABNF above... Recipients MUST anticipate potentially large decimal numerals and prevent parsing errors due to integer conversion overflows or precision loss due to integer representation.",
        Anchors: "—",
        Observability: "B");

    /// <summary>Repeated identical Content-Length values may be accepted as one or rejected.</summary>
    public static readonly Rule Http1ContentLengthIdenticalValues = new(
        "http1.content_length.identical_values", Party.Server, Level.May, "ext (RFC 9110 §8.6)", Group18,
        Section: "—",
        Summary: "Content-Length sent twice with the same value (two fields, or '5, 5') may be read as that one value or refused with 400; the suite records which, and whether bytes after the body were parsed as a request.",
        Quote: "[RFC 9110 §8.6] a recipient of a Content-Length header field value consisting of the same decimal value repeated as a comma-separated list (e.g, \"Content-Length: 42, 42\") MAY either reject the message as invalid or replace that invalid field value with a single instance of the decimal value",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>The body is as many octets as the framing says, however they arrive.</summary>
    public static readonly Rule Http1BodyWholeFraming = new(
        "http1.body.whole_framing", Party.Server, Level.Must, "ext (RFC 9112 §6.3)", Group18,
        Section: "—",
        Summary: "A body that arrives in two TCP segments 300 ms apart reaches the app whole (Content-Length octets, or every chunk up to the last-chunk); the server waits for the rest instead of ending the body at what has arrived; a 411 for a chunked body is accepted too (RFC 9112 §6.3 lets a server require Content-Length).",
        Quote: "[RFC 9112 §6.3] If a valid Content-Length header field is present without Transfer-Encoding, its decimal value defines the expected message body length in octets.",
        Anchors: "—",
        Observability: "B+P");

    /// <summary>Whitespace between a field name and the colon: 400.</summary>
    public static readonly Rule Http1FieldSpaceBeforeColon = new(
        "http1.field.space_before_colon", Party.Server, Level.Must, "ext (RFC 9112 §5.1)", Group18,
        Section: "—",
        Summary: "A request with whitespace between a field name and its colon ('Content-Length : 5', 'Transfer-Encoding : chunked') is answered 400; the suite also requires that no later byte is parsed as a request (a server that cannot frame it must close).",
        Quote: "[RFC 9112 §5.1] No whitespace is allowed between the field name and colon. ... A server MUST reject, with a response status code of 400 (Bad Request), any received request message that contains whitespace between a header field name and colon.",
        Anchors: "—",
        Observability: "B");

    /// <summary>Content-Length with Transfer-Encoding: refuse or frame by Transfer-Encoding; close either way.</summary>
    public static readonly Rule Http1TransferEncodingWithContentLength = new(
        "http1.transfer_encoding.with_content_length", Party.Server, Level.Must, "ext (RFC 9112 §6.1)", Group18,
        Section: "—",
        Summary: "A request with both Transfer-Encoding: chunked and Content-Length is refused (400) or framed by Transfer-Encoding alone, and either way the connection is closed after the response, so bytes after the body (the smuggling payload) are never parsed as a request.",
        Quote: "[RFC 9112 §6.1] A server MAY reject a request that contains both Content-Length and Transfer-Encoding or process such a request in accordance with the Transfer-Encoding alone. Regardless, the server MUST close the connection after responding to such a request to avoid the potential attacks.",
        Anchors: "—",
        Observability: "B");

    /// <summary>chunked not the final coding: 400 and close.</summary>
    public static readonly Rule Http1TransferEncodingChunkedNotFinal = new(
        "http1.transfer_encoding.chunked_not_final", Party.Server, Level.Must, "ext (RFC 9112 §6.3)", Group18,
        Section: "—",
        Summary: "A request whose Transfer-Encoding does not end in chunked ('chunked, gzip', 'gzip') cannot be framed: 400 and close (501 is accepted too, since RFC 9112 §6.1 recommends it for a coding the server does not implement); the app never sees it.",
        Quote: "[RFC 9112 §6.3] If a Transfer-Encoding header field is present in a request and the chunked transfer coding is not the final encoding, the message body length cannot be determined reliably; the server MUST respond with the 400 (Bad Request) status code and then close the connection.",
        Anchors: "—",
        Observability: "B");

    /// <summary>An unknown transfer coding before chunked: 501.</summary>
    public static readonly Rule Http1TransferEncodingUnknown = new(
        "http1.transfer_encoding.unknown", Party.Server, Level.Should, "ext (RFC 9112 §6.1)", Group18,
        Section: "—",
        Summary: "A request with a transfer coding the server does not implement ('x-unknown, chunked') is answered 501 and the connection closed; a 400 is safe but breaks the SHOULD (warn); passing the still-coded body to the app is a warn too.",
        Quote: "[RFC 9112 §6.1] A server that receives a request message with a transfer coding it does not understand SHOULD respond with 501 (Not Implemented).",
        Anchors: "—",
        Observability: "B");

    /// <summary>chunked applied twice is not a valid framing: refuse.</summary>
    public static readonly Rule Http1TransferEncodingChunkedTwice = new(
        "http1.transfer_encoding.chunked_twice", Party.Server, Level.Should, "ext (RFC 9112 §6.1, §7)", Group18,
        Section: "—",
        Summary: "A request that says chunked twice ('chunked, chunked', or two Transfer-Encoding fields) breaks the sender's MUST NOT, so its framing cannot be trusted: the suite expects 400 (or 501) and close; decoding it once and reading on is a warn.",
        Quote: "[RFC 9112 §6.1] A sender MUST NOT apply the chunked transfer coding more than once to a message body (i.e., chunking an already chunked message is not allowed).",
        Anchors: "—",
        Observability: "B");

    /// <summary>Transfer coding names are case-insensitive.</summary>
    public static readonly Rule Http1TransferEncodingCaseInsensitive = new(
        "http1.transfer_encoding.case_insensitive", Party.Server, Level.Must, "ext (RFC 9112 §7)", Group18,
        Section: "—",
        Summary: "'Transfer-Encoding: CHUNKED' is chunked: the app reads the de-chunked body and the chunk bytes are never parsed as a request (a 501 is accepted: refusing is safe; reading the body any other way is not); a 411 for a chunked body is accepted too (RFC 9112 §6.3 lets a server require Content-Length).",
        Quote: "[RFC 9112 §7] All transfer-coding names are case-insensitive and ought to be registered within the HTTP Transfer Coding registry.",
        Anchors: "—",
        Observability: "B+P");

    /// <summary>Transfer-Encoding on HTTP/1.0: faulty framing, close.</summary>
    public static readonly Rule Http1TransferEncodingHttp10 = new(
        "http1.transfer_encoding.http10", Party.Server, Level.Must, "ext (RFC 9112 §6.1)", Group18,
        Section: "—",
        Summary: "An HTTP/1.0 request with Transfer-Encoding (asking for keep-alive) is treated as faulty framing: whatever the status, the connection is closed after the response and nothing after it is parsed as a request.",
        Quote: "[RFC 9112 §6.1] A server or client that receives an HTTP/1.0 message containing a Transfer-Encoding header field MUST treat the message as if the framing is faulty, even if a Content-Length is present, and close the connection after processing the message.",
        Anchors: "—",
        Observability: "B");

    /// <summary>obs-fold: 400, or unfold to SP.</summary>
    public static readonly Rule Http1FieldObsFold = new(
        "http1.field.obs_fold", Party.Server, Level.Must, "ext (RFC 9112 §5.2)", Group18,
        Section: "—",
        Summary: "A header field continued on the next line (obs-fold, a line starting with SP or HTAB) is refused with 400, or reaches the app unfolded (no CR or LF in the environ value).",
        Quote: "[RFC 9112 §5.2] A server that receives an obs-fold in a request message that is not within a \"message/http\" container MUST either reject the message by sending a 400 (Bad Request), preferably with a representation explaining that obsolete line folding is unacceptable, or replace each received obs-fold with one or more SP octets prior to interpreting the field value or forwarding the message downstream.",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>A bare CR: invalid, or replaced by SP.</summary>
    public static readonly Rule Http1LineEndingBareCr = new(
        "http1.line_ending.bare_cr", Party.Server, Level.Must, "ext (RFC 9112 §2.2)", Group18,
        Section: "—",
        Summary: "A CR not followed by LF in the head makes the request invalid (it is not processed: a 400 passes, and closing without an answer meets this MUST, leaving only http1.message.invalid's SHOULD broken) or is replaced by SP before the value reaches the app ('a\\rb' arrives as 'a b'); a request processed with the CR kept in a value, or read as a line end, fails.",
        Quote: "[RFC 9112 §2.2] A sender MUST NOT generate a bare CR (a CR character not immediately followed by LF) within any protocol elements other than the content. A recipient of such a bare CR MUST consider that element to be invalid or replace each bare CR with SP before processing the element or forwarding the message.",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>A request that does not match the message grammar: 400, then close.</summary>
    public static readonly Rule Http1MessageInvalid = new(
        "http1.message.invalid", Party.Server, Level.Should, "ext (RFC 9112 §2.2)", Group18,
        Section: "—",
        Summary: "A request that does not match the HTTP/1.1 message grammar (a bare CR in a field line) is answered 400 and the connection closed; closing without an answer, holding the connection without one, or another error status is safe but breaks this SHOULD (warn).",
        Quote: "[RFC 9112 §2.2] When a server listening only for HTTP request messages, or processing what appears from the start-line to be an HTTP request message, receives a sequence of octets that does not match the HTTP-message grammar aside from the robustness exceptions listed above, the server SHOULD respond with a 400 (Bad Request) response and close the connection.",
        Anchors: "—",
        Observability: "B");

    /// <summary>CR, LF or NUL in a field value: reject, or replace with SP.</summary>
    public static readonly Rule Http1FieldValueCtl = new(
        "http1.field.value_ctl", Party.Server, Level.Must, "ext (RFC 9110 §5.5)", Group18,
        Section: "—",
        Summary: "A field value with NUL, or a field line with a bare LF the server does not take as a line end, is refused with 400, or the character is replaced by SP; CR, LF and NUL never reach the app inside an HTTP_* value.",
        Quote: "[RFC 9110 §5.5] Field values containing CR, LF, or NUL characters are invalid and dangerous, due to the varying ways that implementations might parse and interpret those characters; a recipient of CR, LF, or NUL within a field value MUST either reject the message or replace each of those characters with SP before further processing or forwarding of that message.",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>A bare LF may end a line in the head.</summary>
    public static readonly Rule Http1LineEndingBareLf = new(
        "http1.line_ending.bare_lf", Party.Server, Level.May, "ext (RFC 9112 §2.2)", Group18,
        Section: "—",
        Summary: "A bare LF ending the request line or a field line may be read as a line end or refused (400); the suite records which, and that a server which reads it as a line end reads the following field as a field.",
        Quote: "[RFC 9112 §2.2] Although the line terminator for the start-line and fields is the sequence CRLF, a recipient MAY recognize a single LF as a line terminator and ignore any preceding CR.",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>A chunk size is 1*HEXDIG.</summary>
    public static readonly Rule Http1ChunkedSizeInvalid = new(
        "http1.chunked.size_invalid", Party.Server, Level.Must, "ext (RFC 9112 §7.1)", Group18,
        Section: "—",
        Summary: "A chunk size that is not 1*HEXDIG ('0x5', '+5', '-5', ' 5', '0_5', empty) is invalid framing: the server answers 400 (or 413), or the app's read of wsgi.input raises (then the server may close without an answer, RFC 9112 §8); the app never gets bytes decoded from it, and nothing after it is answered; a 411 for a chunked body is accepted too (RFC 9112 §6.3 lets a server require Content-Length).",
        Quote: "[RFC 9112 §7.1] chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF; chunk-size = 1*HEXDIG; last-chunk = 1*(\"0\") [ chunk-ext ] CRLF",
        Anchors: "—",
        Observability: "B+P");

    /// <summary>A chunk size too large for the server's integers is refused, never wrapped.</summary>
    public static readonly Rule Http1ChunkedSizeOverflow = new(
        "http1.chunked.size_overflow", Party.Server, Level.Must, "ext (RFC 9112 §7.1)", Group18,
        Section: "—",
        Summary: "A chunk size of 2^64+5 (17 hex digits) is refused (400 or 413, or the app's read raises) and the connection closed, or taken at its full size (read(6) gives b'hello\\r', or no answer while the server waits for the rest); it is never wrapped to 5; a 411 for a chunked body is accepted too (RFC 9112 §6.3 lets a server require Content-Length).",
        Quote: "[RFC 9112 §7.1] Recipients MUST anticipate potentially large hexadecimal numerals and prevent parsing errors due to integer conversion overflows or precision loss due to integer representation.",
        Anchors: "—",
        Observability: "B+P");

    /// <summary>Unknown chunk extensions are ignored.</summary>
    public static readonly Rule Http1ChunkedExtensionIgnored = new(
        "http1.chunked.extension_ignored", Party.Server, Level.Must, "ext (RFC 9112 §7.1.1)", Group18,
        Section: "—",
        Summary: "Chunk extensions (';name', ';name=value', ';name=\"quoted\"') are ignored: the app reads exactly the chunk data; a 411 for a chunked body is accepted too (RFC 9112 §6.3 lets a server require Content-Length).",
        Quote: "[RFC 9112 §7.1.1] A recipient MUST ignore unrecognized chunk extensions.",
        Anchors: "—",
        Observability: "B+P");

    /// <summary>Chunk lines and chunk data end in CRLF.</summary>
    public static readonly Rule Http1ChunkedCrlf = new(
        "http1.chunked.crlf", Party.Server, Level.Must, "ext (RFC 9112 §7.1)", Group18,
        Section: "—",
        Summary: "A chunk whose size line ends in a bare LF, or whose data is not followed by CRLF (missing, bare LF, more data than the size), is invalid framing: 400, or the app's read raises (then the server may close without an answer); the app never gets the misframed bytes; a 411 for a chunked body is accepted too (RFC 9112 §6.3 lets a server require Content-Length).",
        Quote: "[RFC 9112 §7.1] chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF",
        Anchors: "—",
        Observability: "B+P");

    /// <summary>Trailer fields do not become header fields.</summary>
    public static readonly Rule Http1ChunkedTrailerNotMerged = new(
        "http1.chunked.trailer_not_merged", Party.Server, Level.MustNot, "ext (RFC 9110 §6.5.1)", Group18,
        Section: "—",
        Summary: "A chunked body with trailer fields is read whole, and the trailer fields never reach the app as HTTP_* environ keys (WSGI has no place for trailers); a 411 for a chunked body is accepted too (RFC 9112 §6.3 lets a server require Content-Length).",
        Quote: "[RFC 9110 §6.5.1] A recipient MUST NOT merge a trailer field into a header section unless the recipient understands the corresponding header field definition and that definition explicitly permits and defines how trailer field values can be safely merged.",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>An invalid request line: 400.</summary>
    public static readonly Rule Http1RequestLineInvalid = new(
        "http1.request_line.invalid", Party.Server, Level.Should, "ext (RFC 9112 §3)", Group18,
        Section: "—",
        Summary: "An invalid request line (a method that is not a token, no version, 'http/1.1', a space, NUL or control byte in the target, 'GET *') is answered 400 (505 accepted for a broken version, 405 for 'GET *') and nothing after it is parsed as a request; two spaces may instead be read as one separator (RFC 9112 §3 allows splitting on whitespace runs).",
        Quote: "[RFC 9112 §3] Recipients of an invalid request-line SHOULD respond with either a 400 (Bad Request) error or a 301 (Moved Permanently) redirect with the request-target properly encoded.",
        Anchors: "—",
        Observability: "B");

    /// <summary>A target too long to parse: 414.</summary>
    public static readonly Rule Http1RequestLineTargetTooLong = new(
        "http1.request_line.target_too_long", Party.Server, Level.Must, "ext (RFC 9112 §3)", Group18,
        Section: "—",
        Summary: "A 10 000-byte request target is answered 414, or reaches the app whole; never another error, never cut short.",
        Quote: "[RFC 9112 §3] A server that receives a request-target longer than any URI it wishes to parse MUST respond with a 414 (URI Too Long) status code.",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>The absolute-form is accepted.</summary>
    public static readonly Rule Http1RequestLineAbsoluteForm = new(
        "http1.request_line.absolute_form", Party.Server, Level.Must, "ext (RFC 9112 §3.2.2)", Group18,
        Section: "—",
        Summary: "A request in absolute-form ('GET http://host/path HTTP/1.1') is accepted and reaches the app (its PATH_INFO is judged by environ.PATH_INFO.request_target_forms).",
        Quote: "[RFC 9112 §3.2.2] To allow for transition to the absolute-form for all requests in some future version of HTTP, a server MUST accept the absolute-form in requests even though most HTTP/1.1 clients will only send the absolute-form to a proxy.",
        Anchors: "—",
        Observability: "B");

    /// <summary>OPTIONS * is server-wide.</summary>
    public static readonly Rule Http1RequestLineAsteriskForm = new(
        "http1.request_line.asterisk_form", Party.Server, Level.May, "ext (RFC 9112 §3.2.4)", Group18,
        Section: "—",
        Summary: "'OPTIONS * HTTP/1.1' is a request for the server as a whole: the server may answer it itself or pass it to the app (PEP 3333 gives no mapping for '*'); the suite records which.",
        Quote: "[RFC 9112 §3.2.4] The asterisk-form of request-target is only used for a server-wide OPTIONS request.",
        Anchors: "—",
        Observability: "B");

    /// <summary>Empty lines before the request line are ignored.</summary>
    public static readonly Rule Http1RequestLineLeadingEmptyLine = new(
        "http1.request_line.leading_empty_line", Party.Server, Level.Should, "ext (RFC 9112 §2.2)", Group18,
        Section: "—",
        Summary: "A CRLF before the request line is ignored: the request reaches the app as usual, with REQUEST_METHOD exactly 'GET' (not '\\r\\nGET').",
        Quote: "[RFC 9112 §2.2] In the interest of robustness, a server that is expecting to receive and parse a request-line SHOULD ignore at least one empty line (CRLF) received prior to the request-line.",
        Anchors: "—",
        Observability: "B");

    /// <summary>Pipelined requests are answered in order.</summary>
    public static readonly Rule Http1PipeliningInOrder = new(
        "http1.pipelining.in_order", Party.Server, Level.Must, "ext (RFC 9112 §9.3.2)", Group18,
        Section: "—",
        Summary: "Two requests sent in one packet on a persistent connection are both answered, in the order sent (the probe's PATH_INFO echo proves which is which); closing after the first is allowed (the client retries), answering out of order is not.",
        Quote: "[RFC 9112 §9.3.2] A server MAY process a sequence of pipelined requests in parallel if they all have safe methods (Section 9.2.1 of [HTTP]), but it MUST send the corresponding responses in the same order that the requests were received.",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>An unread body is never parsed as a request.</summary>
    public static readonly Rule Http1BodyUnreadNotParsed = new(
        "http1.body.unread_not_parsed", Party.Server, Level.Must, "ext (RFC 9112 §6.3, §9.3)", Group18,
        Section: "—",
        Summary: "When the app does not read the request body (Content-Length or chunked, or with Expect: 100-continue and the body sent after the response), the server discards the body or closes the connection; the body's bytes, which here spell a request, never reach the app as one; a 411 for a chunked body is accepted too (RFC 9112 §6.3 lets a server require Content-Length).",
        Quote: "[RFC 9112 §6.3] If a valid Content-Length header field is present without Transfer-Encoding, its decimal value defines the expected message body length in octets. ... [RFC 9110 §10.1.1] A server that responds with a final status code before reading the entire request content SHOULD indicate whether it intends to close the connection or continue reading the request content.",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>Connection: close (and HTTP/1.0 without keep-alive) ends the connection.</summary>
    public static readonly Rule Http1ConnectionClose = new(
        "http1.connection.close", Party.Server, Level.Must, "ext (RFC 9112 §9.6)", Group18,
        Section: "—",
        Summary: "After answering a request with 'Connection: close' (or an HTTP/1.0 request without keep-alive) the server closes the connection and processes nothing sent after it; sent alone (no bytes after it), the connection is closed within 1 s of the response.",
        Quote: "[RFC 9112 §9.6] A server that receives a \"close\" connection option MUST initiate closure of the connection after it sends the final response to the request that contained the \"close\" connection option. ... The server MUST NOT process any further requests received on that connection.",
        Anchors: "—",
        Observability: "B+E");

    private static Rule[] InGroup18 =>
    [
        Http1ContentLengthInvalid, Http1ContentLengthOverflow, Http1ContentLengthIdenticalValues, Http1BodyWholeFraming, Http1FieldSpaceBeforeColon,
        Http1TransferEncodingWithContentLength, Http1TransferEncodingChunkedNotFinal, Http1TransferEncodingUnknown, Http1TransferEncodingChunkedTwice,
        Http1TransferEncodingCaseInsensitive, Http1TransferEncodingHttp10, Http1FieldObsFold, Http1LineEndingBareCr, Http1MessageInvalid, Http1FieldValueCtl, Http1LineEndingBareLf,
        Http1ChunkedSizeInvalid, Http1ChunkedSizeOverflow, Http1ChunkedExtensionIgnored, Http1ChunkedCrlf, Http1ChunkedTrailerNotMerged,
        Http1RequestLineInvalid, Http1RequestLineTargetTooLong, Http1RequestLineAbsoluteForm, Http1RequestLineAsteriskForm, Http1RequestLineLeadingEmptyLine,
        Http1PipeliningInOrder, Http1BodyUnreadNotParsed, Http1ConnectionClose,
    ];
}
