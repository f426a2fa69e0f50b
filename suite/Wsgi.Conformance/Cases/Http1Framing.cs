using Wsgi.Conformance.Running;
using Wsgi.Python;
using static Wsgi.Catalogue.Rules;

namespace Wsgi.Conformance.Cases;

/// <summary>HTTP/1.1 message framing and parsing (RFC 9112, RFC 9110; not in PEP 3333): where a request
/// ends, and what a server does with one it cannot frame. Each case sends exact bytes (the templates
/// below; tokens in <see cref="Render"/>), most followed by a canary request for <c>{P}smuggled</c> on
/// the same connection, and judges from the wire and the probe's echo what the server answered,
/// whether it closed the connection, and whether the canary (a smuggled request) reached the app.</summary>
public static partial class Http1Framing
{
    private const string Post = "POST {P} HTTP/1.1\r\nHost: {H}\r\n";
    private const string Get = "GET {P} HTTP/1.1\r\nHost: {H}\r\n";
    private const string Chunked = "Transfer-Encoding: chunked\r\n";
    private const string Close = "Connection: close\r\n";
    private const string Hello = "5\r\nhello\r\n0\r\n\r\n";
    private static readonly int[] BadRequest = [400];
    private static readonly int[] BadOrNotImplemented = [400, 501];
    private static readonly int[] BadOrTooLarge = [400, 413];

    // RFC 9112 §6.3: "A server MAY reject a request that contains a message body but not a Content-Length by
    // responding with 411 (Length Required)": a safe refusal of any chunked body (mod_wsgi's default).
    private static readonly int[] LengthRequired = [411];
    private static readonly int[] BadTooLargeOrLengthRequired = [400, 411, 413];

    /// <summary>The cases of this section.</summary>
    public static IEnumerable<Case> All =>
    [
        // Content-Length (RFC 9112 §6.3, RFC 9110 §8.6).
        BadLength("plus", "+5"),
        BadLength("minus", "-5"),
        BadLength("hex", "0x5"),
        BadLength("inner-space", "0 5"),
        BadLength("underscore", "0_5"),
        BadLength("decimal-point", "5.0"),
        BadLength("empty", ""),
        BadLength("differing-fields", "5\r\nContent-Length: 6"),
        BadLength("differing-list", "5, 6"),
        BadLength("hex-split", "0x5", split: true),
        BadLength("plus-split", "+5", split: true),
        Overflow(null, OverflowRequest),
        Overflow("split", Split(OverflowRequest)),
        Record(Http1ContentLengthIdenticalValues, "fields", "Content-Length: 5 twice: one value, or 400", "CONTENT_LENGTH", [Post + "{R5}Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello", Smuggle]),
        Record(Http1ContentLengthIdenticalValues, "list", "Content-Length: 5, 5: one value, or 400", "CONTENT_LENGTH", [Post + "{R5}Content-Length: 5, 5\r\n\r\nhello", Smuggle]),
        Accept(Http1BodyWholeFraming, "content-length", "a Content-Length body sent in two parts reaches the app whole",
            [Post + "{R10}Content-Length: 10\r\n" + Close + "\r\nhello{PAUSE}world"], Reads("helloworld")),
        Accept(Http1BodyWholeFraming, "chunked", "a chunked body sent in two parts reaches the app whole",
            [Post + "{R10}" + Chunked + Close + "\r\n5\r\nhello\r\n{PAUSE}5\r\nworld\r\n0\r\n\r\n"], Reads("helloworld"), refusals: LengthRequired),
        Refuse(Http1FieldSpaceBeforeColon, "content-length", "'Content-Length : 5' is refused with 400", BadRequest, [Post + "{R5}Content-Length : 5\r\n\r\nhello", Smuggle]),
        Refuse(Http1FieldSpaceBeforeColon, "transfer-encoding", "'Transfer-Encoding : chunked' (with a Content-Length) is refused with 400", BadRequest,
            [Post + "Content-Length: {LEN}\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n{SMUGGLE}"]),
        Refuse(Http1FieldSpaceBeforeColon, "other", "'X-Test : 1' is refused with 400", BadRequest, [Get + "X-Test : 1\r\n\r\n", Smuggle]),

        // Transfer-Encoding (RFC 9112 §6.1, §6.3, §7).
        CloseAfter(Http1TransferEncodingWithContentLength, "cl-te", "Content-Length (covering the canary) with chunked: 400, or chunked alone; then close", "hello", ClTeRequest),
        CloseAfter(Http1TransferEncodingWithContentLength, "cl-te-split", "Content-Length (covering the canary) with chunked, the body and canary 300 ms after the head: 400, or chunked alone; then close", "hello", Split(ClTeRequest)),
        CloseAfter(Http1TransferEncodingWithContentLength, "te-cl", "chunked (a chunk holding the canary) with Content-Length: 4: 400, or chunked alone; then close", Smuggle, TeClRequest),
        CloseAfter(Http1TransferEncodingWithContentLength, "te-cl-split", "chunked (a chunk holding the canary, 300 ms after the head) with Content-Length: 4: 400, or chunked alone; then close", SmuggleAnswered, Split(TeClRequest)),
        Refuse(Http1TransferEncodingChunkedNotFinal, "chunked-gzip", "'chunked, gzip' cannot be framed: 400 (or 501) and close", BadOrNotImplemented, [Post + "Transfer-Encoding: chunked, gzip\r\n\r\n" + Hello, Smuggle]),
        Refuse(Http1TransferEncodingChunkedNotFinal, "gzip", "'gzip' alone cannot be framed: 400 (or 501) and close", BadOrNotImplemented, GzipRequest),
        Refuse(Http1TransferEncodingChunkedNotFinal, "gzip-split", "'gzip' alone, the body and canary 300 ms after the head: 400 (or 501) and close", BadOrNotImplemented, Split(GzipRequest)),
        Refuse(Http1TransferEncodingChunkedNotFinal, "identity", "'identity' (no longer a coding) cannot be framed: 400 (or 501) and close", BadOrNotImplemented, [Post + "Transfer-Encoding: identity\r\n\r\nhello", Smuggle]),
        Refuse(Http1TransferEncodingUnknown, null, "'x-unknown, chunked' is answered 501 and the connection closed", [501], UnknownCodingRequest),
        Refuse(Http1TransferEncodingUnknown, "split", "'x-unknown, chunked', the body and canary 300 ms after the head: 501 and close", [501], Split(UnknownCodingRequest)),
        Refuse(Http1TransferEncodingChunkedTwice, "list", "'chunked, chunked' is refused", BadOrNotImplemented, [Post + "Transfer-Encoding: chunked, chunked\r\n\r\n" + Hello, Smuggle]),
        Refuse(Http1TransferEncodingChunkedTwice, "two-fields", "Transfer-Encoding: chunked in two fields is refused", BadOrNotImplemented, [Post + Chunked + Chunked + "\r\n" + Hello, Smuggle]),
        Accept(Http1TransferEncodingCaseInsensitive, null, "'Transfer-Encoding: CHUNKED' is chunked", [Post + "{R5}Transfer-Encoding: CHUNKED\r\n" + Close + "\r\n" + Hello], Reads("hello"), refusals: [411, 501]),
        CloseAfter(Http1TransferEncodingHttp10, "chunked", "HTTP/1.0 with Transfer-Encoding and keep-alive: the connection closes after the response", null,
            ["POST {P} HTTP/1.0\r\nHost: {H}\r\nConnection: keep-alive\r\n" + Chunked + "\r\n" + Hello + "{SMUGGLE}"]),
        CloseAfter(Http1TransferEncodingHttp10, "with-content-length", "HTTP/1.0 with Transfer-Encoding, Content-Length and keep-alive: close after the response", null,
            ["POST {P} HTTP/1.0\r\nHost: {H}\r\nConnection: keep-alive\r\nContent-Length: {LEN}\r\n" + Chunked + "\r\n" + Hello + "{SMUGGLE}"]),

        // Field lines and line endings (RFC 9112 §2.2, §5.2).
        Accept(Http1FieldObsFold, "space", "a value folded onto a line starting with SP: 400, or unfolded", [Get + "X-Fold: a\r\n b\r\n" + Close + "\r\n"], CleanValue("HTTP_X_FOLD"), refusals: BadRequest),
        Accept(Http1FieldObsFold, "tab", "a value folded onto a line starting with HTAB: 400, or unfolded", [Get + "X-Fold: a\r\n\tb\r\n" + Close + "\r\n"], CleanValue("HTTP_X_FOLD"), refusals: BadRequest),
        Invalid(Http1LineEndingBareCr, "in-value", "a bare CR inside a value: 400 and close, or replaced by SP ('a b'); closing without an answer is a warn", [Get + "X-Cr: a\rb\r\n" + Close + "\r\n"], ValueIs("HTTP_X_CR", "a b")),
        Invalid(Http1LineEndingBareCr, "line-end", "a bare CR never ends a field line: 400 and close, or no field after it; closing without an answer is a warn", [Get + "X-Cr: a\rX-Injected: 1\r\n" + Close + "\r\n"],
            t => t.Environ is PyDict env && env.ContainsKey("HTTP_X_INJECTED") ? ("no HTTP_X_INJECTED (the CR is not a line end)", Py.Repr(env.Get("HTTP_X_INJECTED"))) : CleanValue("HTTP_X_CR")(t)),
        Accept(Http1FieldValueCtl, "bare-lf", "a bare LF in a field line: 400, a line end ('a', then X-After), or SP; never an LF in a value",
            [Get + "X-Lf: a\nX-After: 1\r\n" + Close + "\r\n"], t => NoCtlIn(t, "HTTP_X_LF"), refusals: BadRequest),
        Accept(Http1FieldValueCtl, "nul", "a NUL in a field value: 400, or replaced by SP", [Get + "X-Nul: a\0b\r\n" + Close + "\r\n"], ValueIs("HTTP_X_NUL", "a b"), refusals: BadRequest),
        Record(Http1LineEndingBareLf, "request-line", "a bare LF ending the request line: read as a line end, or 400", "HTTP_X_AFTER", ["GET {P} HTTP/1.1\nHost: {H}\r\nX-After: 1\r\n" + Close + "\r\n"]),
        Record(Http1LineEndingBareLf, "field", "a bare LF ending a field line: read as a line end, or 400", "HTTP_X_AFTER", [Get + "X-Lf: a\nX-After: 1\r\n" + Close + "\r\n"]),

        // Chunked bodies (RFC 9112 §7.1; RFC 9110 §6.5.1).
        BadChunk(Http1ChunkedSizeInvalid, "0x-prefix", "0x5\r\nhello\r\n0\r\n\r\n"),
        BadChunk(Http1ChunkedSizeInvalid, "plus", "+5\r\nhello\r\n0\r\n\r\n"),
        BadChunk(Http1ChunkedSizeInvalid, "minus", "-5\r\nhello\r\n0\r\n\r\n"),
        BadChunk(Http1ChunkedSizeInvalid, "leading-space", " 5\r\nhello\r\n0\r\n\r\n"),
        BadChunk(Http1ChunkedSizeInvalid, "underscore", "0_5\r\nhello\r\n0\r\n\r\n"),
        BadChunk(Http1ChunkedSizeInvalid, "empty", "\r\nhello\r\n0\r\n\r\n"),
        Refuse(Http1ChunkedSizeOverflow, null, "chunk size 2^64+5 is refused, or taken whole (read(6) gives b'hello\\r'), never wrapped to 5", BadTooLargeOrLengthRequired,
            [Post + "{R6}" + Chunked + "\r\n10000000000000005\r\nhello\r\n0\r\n\r\n", Smuggle],
            acceptIf: t => ReadRaised(t) || FirstRead(t).Data is { } d && d.AsSpan().SequenceEqual("hello\r"u8), waitingIsWhole: true),
        Accept(Http1ChunkedExtensionIgnored, "name", "';foo' chunk extensions are ignored", [Post + "{R5}" + Chunked + Close + "\r\n5;foo\r\nhello\r\n0;foo\r\n\r\n"], Reads("hello"), refusals: LengthRequired),
        Accept(Http1ChunkedExtensionIgnored, "value", "';foo=bar' chunk extensions are ignored", [Post + "{R5}" + Chunked + Close + "\r\n5;foo=bar\r\nhello\r\n0\r\n\r\n"], Reads("hello"), refusals: LengthRequired),
        Accept(Http1ChunkedExtensionIgnored, "quoted", "';foo=\"a b\"' chunk extensions are ignored", [Post + "{R5}" + Chunked + Close + "\r\n5;foo=\"a b\"\r\nhello\r\n0\r\n\r\n"], Reads("hello"), refusals: LengthRequired),
        BadChunk(Http1ChunkedCrlf, "size-bare-lf", "5\nhello\r\n0\r\n\r\n"),
        BadChunk(Http1ChunkedCrlf, "data-no-crlf", "5\r\nhello0\r\n\r\n"),
        BadChunk(Http1ChunkedCrlf, "data-bare-lf", "5\r\nhello\n0\r\n\r\n"),
        BadChunk(Http1ChunkedCrlf, "data-too-long", "3\r\nhello\r\n0\r\n\r\n"),
        Accept(Http1ChunkedTrailerNotMerged, "field", "a trailer field is read past and never becomes HTTP_X_TRAILER",
            [Post + "{R5}" + Chunked + Close + "\r\n5\r\nhello\r\n0\r\nX-Trailer: 1\r\n\r\n"], NoTrailer("HTTP_X_TRAILER"), refusals: LengthRequired),
        Accept(Http1ChunkedTrailerNotMerged, "content-length", "a Content-Length trailer field is read past and never becomes CONTENT_LENGTH",
            [Post + "{R5}" + Chunked + Close + "\r\n5\r\nhello\r\n0\r\nContent-Length: 99\r\n\r\n"], NoTrailer("CONTENT_LENGTH", "99"), refusals: LengthRequired),

        // Request line (RFC 9112 §2.2, §3).
        BadLine("method", "G(T {P} HTTP/1.1"),
        BadLine("two-spaces", "GET  {P} HTTP/1.1"),
        BadLine("no-version", "GET {P}"),
        BadLine("lowercase-version", "GET {P} http/1.1"),
        BadLine("space-in-target", "GET {P}a b HTTP/1.1"),
        BadLine("nul-in-target", "GET {P}a\0b HTTP/1.1"),
        BadLine("control-in-target", "GET {P}a\u0001b HTTP/1.1"),
        BadLine("asterisk-get", "GET * HTTP/1.1"),
        Accept(Http1RequestLineTargetTooLong, null, "a 10 000-byte target: 414, or the whole path reaches the app",
            ["GET {P}" + new string('a', 10_000) + " HTTP/1.1\r\nHost: {H}\r\n" + Close + "\r\n"],
            t => t.Environ is PyDict env && env.Get("PATH_INFO") is string p && p.EndsWith(new string('a', 10_000), StringComparison.Ordinal) ? null : ("the whole 10 000-byte path in PATH_INFO", Py.Cut(Py.Repr(t.Environ is PyDict e ? e.Get("PATH_INFO") : null))),
            refusals: [414]),
        Accept(Http1RequestLineAbsoluteForm, null, "an absolute-form request is accepted", ["GET http://{H}{P} HTTP/1.1\r\nHost: {H}\r\n" + Close + "\r\n"]),
        Record(Http1RequestLineAsteriskForm, null, "OPTIONS * is answered by the server or passed to the app", "PATH_INFO", ["OPTIONS * HTTP/1.1\r\nHost: {H}\r\n" + Close + "\r\n"]),
        Accept(Http1RequestLineLeadingEmptyLine, null, "a CRLF before the request line is ignored (REQUEST_METHOD is 'GET')", ["\r\n" + Get + Close + "\r\n"], ValueIs("REQUEST_METHOD", "GET")),

        // Persistent connections (RFC 9112 §9; RFC 9110 §10.1.1).
        InOrder(Http1PipeliningInOrder, "two-gets", "two GETs in one packet are answered in order", ["/first", "/second"],
            ["GET {P}first HTTP/1.1\r\nHost: {H}\r\n{S:first}\r\n", "GET {P}second HTTP/1.1\r\nHost: {H}\r\n{S:second}" + Close + "\r\n"]),
        InOrder(Http1PipeliningInOrder, "post-then-get", "a POST whose body the app reads, then a GET, in one packet: answered in order", ["/first", "/second"],
            ["POST {P}first HTTP/1.1\r\nHost: {H}\r\n{S:first:5}Content-Length: 5\r\n\r\nhello", "GET {P}second HTTP/1.1\r\nHost: {H}\r\n{S:second}" + Close + "\r\n"]),
        InOrder(Http1BodyUnreadNotParsed, "content-length", "a body the app does not read (spelling a request) is skipped, never answered", ["/first", "/second"],
            ["POST {P}first HTTP/1.1\r\nHost: {H}\r\n{S:first}Content-Length: {LEN}\r\n\r\n{SMUGGLE}", "GET {P}second HTTP/1.1\r\nHost: {H}\r\n{S:second}" + Close + "\r\n"]),
        InOrder(Http1BodyUnreadNotParsed, "chunked", "a chunked body the app does not read (spelling a request) is skipped, never answered", ["/first", "/second"],
            UnreadChunkedRequests, LengthRequired),
        InOrder(Http1BodyUnreadNotParsed, "chunked-split", "a chunked body the app does not read (spelling a request), 300 ms after the head: skipped, never answered", ["/first", "/second"],
            Split(UnreadChunkedRequests), LengthRequired),
        InOrder(Http1BodyUnreadNotParsed, "expect-continue", "Expect: 100-continue, the app never reads, the body (spelling a request) comes after the response: never answered", ["/first"],
            ["POST {P}first HTTP/1.1\r\nHost: {H}\r\n{S:first}Expect: 100-continue\r\nContent-Length: {LEN}\r\n\r\n{PAUSE}{SMUGGLE}"]),
        Only(Http1ConnectionClose, "close", "after a request with Connection: close, nothing more is processed", [200],
            ["GET {P}first HTTP/1.1\r\nHost: {H}\r\n" + Close + "\r\n", Smuggle]),
        Only(Http1ConnectionClose, "close-alone", $"a request with Connection: close sent alone (no bytes after it): the connection is closed within {QuietMs} ms of the response", [200],
            ["GET {P}first HTTP/1.1\r\nHost: {H}\r\n{S:first}" + Close + "\r\n"]),
        Only(Http1ConnectionClose, "http10", "after an HTTP/1.0 request without keep-alive, nothing more is processed", [200],
            ["GET {P}first HTTP/1.0\r\nHost: {H}\r\n\r\n", Smuggle]),
    ];

    // The requests that have a split variant (see Split).
    private static readonly string[] OverflowRequest = [Post + "{R6}Content-Length: 18446744073709551621\r\n\r\nhello", Smuggle];
    private static readonly string[] ClTeRequest = [Post + "{R5}Content-Length: {LEN}\r\n" + Chunked + "\r\n" + Hello + "{SMUGGLE}"];
    private static readonly string[] TeClRequest = [Post + "{RS}" + Chunked + "Content-Length: 4\r\n\r\n{SMUGGLE_CHUNK}"];
    private static readonly string[] GzipRequest = [Post + "Transfer-Encoding: gzip\r\n\r\nhello", Smuggle];
    private static readonly string[] UnknownCodingRequest = [Post + "Transfer-Encoding: x-unknown, chunked\r\n\r\n" + Hello, Smuggle];
    private static readonly string[] UnreadChunkedRequests =
        ["POST {P}first HTTP/1.1\r\nHost: {H}\r\n{S:first}" + Chunked + "\r\n{SMUGGLE_CHUNK}", "GET {P}second HTTP/1.1\r\nHost: {H}\r\n{S:second}" + Close + "\r\n"];

    /// <summary>The same messages with a {PAUSE} right after the first head: the head arrives alone, the body and
    /// the canary 300 ms later in another read, as from a proxy that streams the body. A server that decides from
    /// the read that ended the head whether to keep the connection (uWSGI closes only when that read brought bytes
    /// past the head) parses the canary here, where the same bytes in one write hide it. Every probe answer then
    /// carries a Content-Length ({R5} becomes {S:stored:5}, the canary {SMUGGLE+}), so that an answer to the canary
    /// on a connection the server keeps stands apart from the first.</summary>
    private static string[] Split(string[] messages)
    {
        string first = messages[0];
        int head = first.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        first = first.Insert(head + 4, Pause);
        if (!first.Contains("{R", StringComparison.Ordinal) && !first.Contains("{S:", StringComparison.Ordinal))
        {
            first = first.Insert(head + 2, "{S:" + StoredLabel + "}");
        }

        return [.. ((string[])[first, .. messages[1..]]).Select(m => ReadToken.Replace(m, "{S:" + StoredLabel + ":$1}")
            .Replace("{SMUGGLE_CHUNK}", "{SMUGGLE_CHUNK+}", StringComparison.Ordinal)
            .Replace(Smuggle, SmuggleAnswered, StringComparison.Ordinal))];
    }

    private static Case BadLength(string variant, string value, bool split = false)
    {
        string[] messages = [Post + "{R5}Content-Length: " + value + "\r\n\r\nhello", Smuggle];
        string shown = value.Replace("\r\n", " / ", StringComparison.Ordinal);
        return Refuse(Http1ContentLengthInvalid, variant, split ? $"Content-Length: {shown}, the body and canary 300 ms after the head: refused with 400 and close" : $"Content-Length: {shown} is refused with 400 and close", BadRequest,
            split ? Split(messages) : messages);
    }

    // A server that takes the length whole reads past 'hello' into the canary (read(6) gives b'helloG') or waits;
    // one that wraps it to 5 gives b'hello' and may then parse the canary, whatever CONTENT_LENGTH it passes on.
    private static Case Overflow(string? variant, string[] messages) =>
        Refuse(Http1ContentLengthOverflow, variant, variant is null ? "Content-Length 2^64+5 is refused, not wrapped to 5" : "Content-Length 2^64+5, the body and canary 300 ms after the head: refused, not wrapped to 5", BadOrTooLarge,
            messages, acceptIf: LengthTakenWhole, waitingIsWhole: true, orElse: "or CONTENT_LENGTH '18446744073709551621' with read(6) giving b'helloG' (the length taken whole)");

    /// <summary>CONTENT_LENGTH is 2^64+5 as sent and the app's read(6) ran on past 'hello' (or raised): the length was not wrapped.</summary>
    private static bool LengthTakenWhole(Wsgi.Validator.Tracing.Trace trace) =>
        trace.Environ is PyDict env && env.Get("CONTENT_LENGTH") is "18446744073709551621"
        && (ReadRaised(trace) || FirstRead(trace).Data is { } data && data.AsSpan().SequenceEqual("helloG"u8));

    private static Case BadChunk(Wsgi.Catalogue.Rule rule, string variant, string body) =>
        Refuse(rule, variant, $"chunked body {Py.StrRepr(body)} is refused (400, or the app's read raises) and the connection closed", BadTooLargeOrLengthRequired,
            [Post + "{R16}" + Chunked + "\r\n" + body, Smuggle], acceptIf: ReadRaised);

    // RFC 9112 §3 lets a recipient split the request line on runs of whitespace: two spaces may be read as one.
    private static Case BadLine(string variant, string line) =>
        Refuse(Http1RequestLineInvalid, variant, $"request line {Py.StrRepr(line)} is refused with 400", variant switch
        {
            "no-version" or "lowercase-version" => [400, 505], // the version is what is broken
            "asterisk-get" => [400, 405], // '*' is a valid target, wrong only for this method
            _ => BadRequest,
        },
            [line + "\r\nHost: {H}\r\n\r\n", Smuggle],
            acceptIf: variant == "two-spaces" ? t => ValueIs("PATH_INFO", "/")(t) is null : null,
            mayContinue: variant switch
            {
                "two-spaces" => a => a.Status is >= 200 and < 300, // read as a valid request
                "asterisk-get" => a => a.Status == 405, // a valid target, a method not allowed on it
                _ => null,
            });

    /// <summary>environ[<paramref name="key"/>] (when present) has no CR, LF or NUL.</summary>
    private static (string, string)? NoCtlIn(Wsgi.Validator.Tracing.Trace trace, string key) =>
        trace.Environ is PyDict env && env.Get(key) is string v && v.AsSpan().ContainsAny('\r', '\n', '\0')
            ? ($"environ[{Py.StrRepr(key)}] without CR, LF or NUL", Py.StrRepr(v))
            : null;

    /// <summary>The app read hello, and environ[<paramref name="key"/>] is not the trailer's value.</summary>
    private static Func<Wsgi.Validator.Tracing.Trace, (string, string)?> NoTrailer(string key, string? trailerValue = null) => trace =>
        trace.Environ is PyDict env && env.Get(key) is { } v && (trailerValue is null || Equals(v, trailerValue))
            ? ($"environ[{Py.StrRepr(key)}] not taken from the trailer", Py.Repr(v))
            : Reads("hello")(trace);
}
