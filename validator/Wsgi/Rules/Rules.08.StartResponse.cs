namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>start_response().</summary>
    public static readonly RuleGroup Group08 = new(8, "start_response()");

    /// <summary>The app calls start_response with positional arguments only.</summary>
    public static readonly Rule StartResponsePositionalOnly = new(
        "start_response.positional_only", Party.App, Level.Must, "MUST", Group08,
        Section: "Specification Details; The start_response() Callable",
        Summary: "The app calls start_response with positional arguments only.",
        Quote: "...the application must invoke the start_response callable using positional arguments (e.g. start_response(status, response_headers)).",
        Anchors: "WR, PL (no kwargs); WZ(w)",
        Observability: "P");

    /// <summary>start_response takes two required arguments (status, response_headers) and an optional third (exc_info).</summary>
    public static readonly Rule StartResponseArity = new(
        "start_response.arity", Party.Both, Level.Must, "MUST", Group08,
        Section: "Specification Details",
        Summary: "start_response takes two required arguments (status, response_headers) and an optional third (exc_info).",
        Quote: "The start_response parameter is a callable accepting two required positional arguments, and one optional argument.",
        Anchors: "WR, PL (2 or 3 args); WZ(w)",
        Observability: "P");

    /// <summary>start_response returns a write(body_data) callable taking one positional bytestring.</summary>
    public static readonly Rule StartResponseReturnsWrite = new(
        "start_response.returns_write", Party.Server, Level.Must, "MUST", Group08,
        Section: "Specification Details; The start_response() Callable",
        Summary: "start_response returns a write(body_data) callable taking one positional bytestring.",
        Quote: "The start_response callable must return a write(body_data) callable that takes one positional parameter: a bytestring to be written as part of the HTTP response body.",
        Anchors: "—",
        Observability: "P");

    /// <summary>status is a native str.</summary>
    public static readonly Rule StartResponseStatusType = new(
        "start_response.status.type", Party.App, Level.Must, "MUST", Group08,
        Section: "The start_response() Callable; Unicode Issues",
        Summary: "status is a native str.",
        Quote: "The status argument is an HTTP \"status\" string like \"200 OK\" or \"404 Not Found\".",
        Anchors: "WR (type is str); PL (isinstance); WZ(w)",
        Observability: "P");

    /// <summary>status is 'Status-Code SP Reason-Phrase': three digits, a single space, the reason; no surrounding whitespace or other characters.</summary>
    public static readonly Rule StartResponseStatusFormat = new(
        "start_response.status.format", Party.App, Level.Must, "MUST", Group08,
        Section: "The start_response() Callable",
        Summary: "status is 'Status-Code SP Reason-Phrase': three digits, a single space, the reason; no surrounding whitespace or other characters.",
        Quote: "That is, it is a string consisting of a Status-Code and a Reason-Phrase, in that order and separated by a single space, with no surrounding whitespace or other characters.",
        Anchors: "WR, PL (first token is 3 chars and int(); warning if the 4th char is not a space); WZ(w) (3 decimal digits; 4th char)",
        Observability: "P");

    /// <summary>The code is a valid HTTP status code (&gt;= 100; RFC 9110 defines 100-599).</summary>
    public static readonly Rule StartResponseStatusCodeRange = new(
        "start_response.status.code_range", Party.App, Level.Must, "MUST (implied)", Group08,
        Section: "The start_response() Callable (RFC 2616 §6.1.1)",
        Summary: "The code is a valid HTTP status code (>= 100; RFC 9110 defines 100-599).",
        Quote: "...a string consisting of a Status-Code and a Reason-Phrase, in that order...",
        Anchors: "WR, PL (>= 100); WZ(w) (>= 100); RK (Integer >= 100); no anchor checks an upper bound beyond 3 digits",
        Observability: "P");

    /// <summary>status contains no control characters and does not end in CR, LF or CRLF.</summary>
    public static readonly Rule StartResponseStatusNoCtl = new(
        "start_response.status.no_ctl", Party.App, Level.MustNot, "MUST NOT", Group08,
        Section: "The start_response() Callable",
        Summary: "status contains no control characters and does not end in CR, LF or CRLF.",
        Quote: "The string must not contain control characters, and must not be terminated with a carriage return, linefeed, or combination thereof.",
        Anchors: "— (wsgiref.handlers rejects control characters; validate does not)",
        Observability: "P");

    /// <summary>status uses only ISO-8859-1 characters (or RFC 2047 encoding).</summary>
    public static readonly Rule StartResponseStatusLatin1 = new(
        "start_response.status.latin1", Party.App, Level.Must, "MUST", Group08,
        Section: "Unicode Issues",
        Summary: "status uses only ISO-8859-1 characters (or RFC 2047 encoding).",
        Quote: "...all \"strings\" referred to in this specification must contain only code points representable in ISO-8859-1 encoding...",
        Anchors: "—",
        Observability: "P");

    /// <summary>response_headers is a Python list (type is list).</summary>
    public static readonly Rule StartResponseHeadersTypeList = new(
        "start_response.headers.type_list", Party.App, Level.Must, "MUST", Group08,
        Section: "The start_response() Callable",
        Summary: "response_headers is a Python list (type is list).",
        Quote: "It must be a Python list; i.e. type(response_headers) is ListType...",
        Anchors: "WR (type is list); WZ(w); PL (isinstance)",
        Observability: "P");

    /// <summary>Each item is a (header_name, header_value) 2-tuple.</summary>
    public static readonly Rule StartResponseHeadersTuplePairs = new(
        "start_response.headers.tuple_pairs", Party.App, Level.Must, "MUST", Group08,
        Section: "The start_response() Callable",
        Summary: "Each item is a (header_name, header_value) 2-tuple.",
        Quote: "The response_headers argument is a list of (header_name, header_value) tuples.",
        Anchors: "WR (type is tuple, len 2); PL (isinstance, len 2); WZ(w)",
        Observability: "P");

    /// <summary>Header names and values are native str.</summary>
    public static readonly Rule StartResponseHeadersStrTypes = new(
        "start_response.headers.str_types", Party.App, Level.Must, "MUST", Group08,
        Section: "The start_response() Callable; Unicode Issues",
        Summary: "Header names and values are native str.",
        Quote: "Again, all objects referred to in this specification as \"strings\" must be of type str or StringType...",
        Anchors: "WR; WZ(w); RK",
        Observability: "P");

    /// <summary>Each name is a valid HTTP field-name (token), with no trailing colon or other punctuation.</summary>
    public static readonly Rule StartResponseHeadersNameToken = new(
        "start_response.headers.name_token", Party.App, Level.Must, "MUST", Group08,
        Section: "The start_response() Callable",
        Summary: "Each name is a valid HTTP field-name (token), with no trailing colon or other punctuation.",
        Quote: "Each header_name must be a valid HTTP header field-name...",
        Anchors: "WR, PL (regex ^[A-Za-z][A-Za-z0-9_-]*$, no ':' or newline, must not end in '-' or '_'; stricter than an RFC token); RK (rejects separators and control characters)",
        Observability: "P");

    /// <summary>Values contain no control characters at all, including CR/LF embedded or at the end.</summary>
    public static readonly Rule StartResponseHeadersValueNoCtl = new(
        "start_response.headers.value_no_ctl", Party.App, Level.MustNot, "MUST NOT", Group08,
        Section: "The start_response() Callable",
        Summary: "Values contain no control characters at all, including CR/LF embedded or at the end.",
        Quote: "Each header_value must not include any control characters, including carriage returns or linefeeds, either embedded or at the end.",
        Anchors: "WR, PL (reject 0x00-0x1F; miss 0x7F); RK (NUL, CR, LF only; RK2 all below 0x20)",
        Observability: "P");

    /// <summary>Names and values contain only code points up to U+00FF (ISO-8859-1), or use RFC 2047 encoding.</summary>
    public static readonly Rule StartResponseHeadersLatin1 = new(
        "start_response.headers.latin1", Party.App, Level.Must, "MUST", Group08,
        Section: "Unicode Issues",
        Summary: "Names and values contain only code points up to U+00FF (ISO-8859-1), or use RFC 2047 encoding.",
        Quote: "It is a fatal error for an application to supply strings containing any other Unicode character or code point.",
        Anchors: "—",
        Observability: "P");

    /// <summary>No header named 'Status'.</summary>
    public static readonly Rule StartResponseHeadersNoStatus = new(
        "start_response.headers.no_status", Party.App, Level.Should, "ext (lint; CGI clash)", Group08,
        Section: "—",
        Summary: "No header named 'Status'.",
        Quote: "[lint; CGI clash] No response header named 'Status' (a CGI gateway uses the Status: header to carry the status line).",
        Anchors: "WR, PL; WZ(w); RK",
        Observability: "P");

    /// <summary>Apps and middleware send no hop-by-hop headers (Connection, Keep-Alive, Proxy-Authenticate, Proxy-Authorization, TE, Trailer, Transfer-Encoding, Upgrade) and nothing that affects connection persistence.</summary>
    public static readonly Rule StartResponseHeadersNoHopByHop = new(
        "start_response.headers.no_hop_by_hop", Party.App, Level.MustNot, "MUST NOT", Group08,
        Section: "The start_response() Callable; Other HTTP Features",
        Summary: "Apps and middleware send no hop-by-hop headers (Connection, Keep-Alive, Proxy-Authenticate, Proxy-Authorization, TE, Trailer, Transfer-Encoding, Upgrade) and nothing that affects connection persistence.",
        Quote: "Applications and middleware are forbidden from using HTTP/1.1 \"hop-by-hop\" features or headers, any equivalent features in HTTP/1.0, or any headers that would affect the persistence of the client's connection...",
        Anchors: "— (wsgiref.handlers asserts it in debug mode; validate does not)",
        Observability: "P");

    /// <summary>Server treats a hop-by-hop header as a fatal error and raises from start_response.</summary>
    public static readonly Rule StartResponseHopByHopFatal = new(
        "start_response.hop_by_hop.fatal", Party.Server, Level.Should, "SHOULD", Group08,
        Section: "The start_response() Callable",
        Summary: "Server treats a hop-by-hop header as a fatal error and raises from start_response.",
        Quote: "...a server or gateway should consider it a fatal error for an application to attempt sending them, and raise an error if they are supplied to start_response().",
        Anchors: "—",
        Observability: "P");

    /// <summary>Server validates headers when start_response is called, so the error is raised while the app is still running.</summary>
    public static readonly Rule StartResponseCheckAtCall = new(
        "start_response.check_at_call", Party.Server, Level.Should, "SHOULD", Group08,
        Section: "The start_response() Callable",
        Summary: "Server validates headers when start_response is called, so the error is raised while the app is still running.",
        Quote: "Servers should check for errors in the headers at the time start_response is called, so that an error can be raised while the application is still running.",
        Anchors: "—",
        Observability: "P");

    /// <summary>Server may change the contents of the headers list.</summary>
    public static readonly Rule StartResponseHeadersServerMayModify = new(
        "start_response.headers.server_may_modify", Party.Server, Level.May, "MAY", Group08,
        Section: "The start_response() Callable",
        Summary: "Server may change the contents of the headers list.",
        Quote: "...and the server may change its contents in any way it desires.",
        Anchors: "—",
        Observability: "—");

    /// <summary>Server compares the app's header names case-insensitively (e.g. honours 'content-length').</summary>
    public static readonly Rule StartResponseHeadersCaseInsensitive = new(
        "start_response.headers.case_insensitive", Party.Server, Level.Must, "MUST (implied)", Group08,
        Section: "The start_response() Callable",
        Summary: "Server compares the app's header names case-insensitively (e.g. honours 'content-length').",
        Quote: "A reminder for server/gateway authors: HTTP header names are case-insensitive, so be sure to take that into consideration when examining application-supplied headers!",
        Anchors: "— (RK instead requires lower-case names)",
        Observability: "B");

    /// <summary>Server adds headers HTTP requires that the app left out (e.g. Date, Server).</summary>
    public static readonly Rule StartResponseRequiredHeadersAdded = new(
        "start_response.required_headers_added", Party.Server, Level.Must, "MUST", Group08,
        Section: "The start_response() Callable",
        Summary: "Server adds headers HTTP requires that the app left out (e.g. Date, Server).",
        Quote: "...if the application omits a header required by HTTP (or other relevant specifications that are in effect), the server or gateway must add it.",
        Anchors: "—",
        Observability: "B");

    /// <summary>start_response does not transmit headers; they go out only with the first non-empty bytestring yielded, the first write() call, or when the iterable is exhausted.</summary>
    public static readonly Rule StartResponseDeferHeaders = new(
        "start_response.defer_headers", Party.Server, Level.MustNot, "MUST NOT", Group08,
        Section: "The start_response() Callable",
        Summary: "start_response does not transmit headers; they go out only with the first non-empty bytestring yielded, the first write() call, or when the iterable is exhausted.",
        Quote: "However, the start_response callable must not actually transmit the response headers.",
        Anchors: "—",
        Observability: "B");

    /// <summary>The one possible exception: headers that explicitly include Content-Length: 0 may be sent early.</summary>
    public static readonly Rule StartResponseDeferHeadersCl0 = new(
        "start_response.defer_headers.cl0", Party.Server, Level.May, "MAY", Group08,
        Section: "The start_response() Callable",
        Summary: "The one possible exception: headers that explicitly include Content-Length: 0 may be sent early.",
        Quote: "The only possible exception to this rule is if the response headers explicitly include a Content-Length of zero.",
        Anchors: "—",
        Observability: "B");

    /// <summary>Yielding b'' does not by itself cause the headers to be sent.</summary>
    public static readonly Rule StartResponseDeferHeadersEmptyChunk = new(
        "start_response.defer_headers.empty_chunk", Party.Server, Level.Must, "MUST", Group08,
        Section: "The start_response() Callable",
        Summary: "Yielding b'' does not by itself cause the headers to be sent.",
        Quote: "...it must store them for the server or gateway to transmit only after the first iteration of the application return value that yields a non-empty bytestring...",
        Anchors: "—",
        Observability: "B");

    /// <summary>If the iterable is exhausted without any body, the headers are sent then.</summary>
    public static readonly Rule StartResponseHeadersOnExhaustion = new(
        "start_response.headers_on_exhaustion", Party.Server, Level.Must, "MUST", Group08,
        Section: "The start_response() Callable",
        Summary: "If the iterable is exhausted without any body, the headers are sent then.",
        Quote: "In other words, response headers must not be sent until there is actual body data available, or until the application's returned iterable is exhausted.",
        Anchors: "—",
        Observability: "B");

    /// <summary>exc_info, when given, is a sys.exc_info() 3-tuple.</summary>
    public static readonly Rule StartResponseExcInfoType = new(
        "start_response.exc_info.type", Party.App, Level.Must, "MUST", Group08,
        Section: "The start_response() Callable",
        Summary: "exc_info, when given, is a sys.exc_info() 3-tuple.",
        Quote: "The exc_info argument, if supplied, must be a Python sys.exc_info() tuple.",
        Anchors: "WR, PL (None or exactly tuple); WZ(w) (isinstance tuple); none checks the 3-tuple shape",
        Observability: "P");

    /// <summary>exc_info is passed only when start_response is called from an error handler.</summary>
    public static readonly Rule StartResponseExcInfoErrorHandlerOnly = new(
        "start_response.exc_info.error_handler_only", Party.App, Level.Should, "SHOULD", Group08,
        Section: "The start_response() Callable",
        Summary: "exc_info is passed only when start_response is called from an error handler.",
        Quote: "This argument should be supplied by the application only if start_response is being called by an error handler.",
        Anchors: "—",
        Observability: "—");

    /// <summary>With exc_info and nothing sent yet, the new status and headers replace the stored ones.</summary>
    public static readonly Rule StartResponseExcInfoReplaceIfUnsent = new(
        "start_response.exc_info.replace_if_unsent", Party.Server, Level.Should, "SHOULD", Group08,
        Section: "The start_response() Callable; Error Handling",
        Summary: "With exc_info and nothing sent yet, the new status and headers replace the stored ones.",
        Quote: "If exc_info is supplied, and no HTTP headers have been output yet, start_response should replace the currently-stored HTTP response headers with the newly-supplied ones...",
        Anchors: "—",
        Observability: "B");

    /// <summary>With exc_info after headers were sent, start_response must raise, and should re-raise exc_info[1] with traceback exc_info[2].</summary>
    public static readonly Rule StartResponseExcInfoRaiseIfSent = new(
        "start_response.exc_info.raise_if_sent", Party.Server, Level.Must, "MUST / SHOULD", Group08,
        Section: "The start_response() Callable; Error Handling",
        Summary: "With exc_info after headers were sent, start_response must raise, and should re-raise exc_info[1] with traceback exc_info[2].",
        Quote: "However, if exc_info is provided, and the HTTP headers have already been sent, start_response must raise an error, and should re-raise using the exc_info tuple.",
        Anchors: "—",
        Observability: "P");

    /// <summary>An app that passed exc_info does not trap the exception start_response raises; it propagates to the server.</summary>
    public static readonly Rule StartResponseExcInfoAppNoTrap = new(
        "start_response.exc_info.app_no_trap", Party.App, Level.MustNot, "MUST NOT", Group08,
        Section: "The start_response() Callable; Error Handling",
        Summary: "An app that passed exc_info does not trap the exception start_response raises; it propagates to the server.",
        Quote: "The application must not trap any exceptions raised by start_response, if it called start_response with exc_info.",
        Anchors: "—",
        Observability: "P");

    /// <summary>A second call without exc_info in the same invocation is a fatal error, also after a first call that raised; repeat calls are allowed only with exc_info.</summary>
    public static readonly Rule StartResponseRepeatWithoutExcInfo = new(
        "start_response.repeat_without_exc_info", Party.Server, Level.Must, "MUST (fatal error)", Group08,
        Section: "The start_response() Callable",
        Summary: "A second call without exc_info in the same invocation is a fatal error, also after a first call that raised; repeat calls are allowed only with exc_info.",
        Quote: "More precisely, it is a fatal error to call start_response without the exc_info argument if start_response has already been called within the current invocation of the application.",
        Anchors: "— (wsgiref.handlers raises 'Headers already set!'; no validator checks it)",
        Observability: "P");

    /// <summary>The application calls start_response at most once per invocation unless it passes exc_info (added by this project: the app-side half of start_response.repeat_without_exc_info).</summary>
    public static readonly Rule StartResponseAppOnceWithoutExcInfo = new(
        "start_response.app.once_without_exc_info", Party.App, Level.Must, "MUST (fatal error)", Group08,
        Section: "The start_response() Callable",
        Summary: "The application calls start_response without exc_info at most once per invocation; a further call must pass exc_info.",
        Quote: "More precisely, it is a fatal error to call start_response without the exc_info argument if start_response has already been called within the current invocation of the application.",
        Anchors: "—",
        Observability: "P");

    /// <summary>start_response implementations (servers, middleware) hold no reference to exc_info after returning.</summary>
    public static readonly Rule StartResponseExcInfoNoReference = new(
        "start_response.exc_info.no_reference", Party.Server, Level.Should, "SHOULD", Group08,
        Section: "The start_response() Callable",
        Summary: "start_response implementations (servers, middleware) hold no reference to exc_info after returning.",
        Quote: "Note: servers, gateways, or middleware implementing start_response should ensure that no reference is held to the exc_info parameter beyond the duration of the function's execution...",
        Anchors: "—",
        Observability: "P");

    /// <summary>start_response is called before the iterable yields its first body bytestring (possibly inside the first iteration).</summary>
    public static readonly Rule StartResponseBeforeFirstBody = new(
        "start_response.before_first_body", Party.App, Level.Must, "MUST", Group08,
        Section: "Specification Details",
        Summary: "start_response is called before the iterable yields its first body bytestring (possibly inside the first iteration).",
        Quote: "...the application must invoke the start_response() callable before the iterable yields its first body bytestring, so that the server can send the headers before any body content.",
        Anchors: "WR, PL (checked at the first next()); WZ(w)",
        Observability: "P");

    /// <summary>Server does not assume start_response was called before it starts iterating.</summary>
    public static readonly Rule StartResponseServerNoAssumption = new(
        "start_response.server_no_assumption", Party.Server, Level.MustNot, "MUST NOT", Group08,
        Section: "Specification Details",
        Summary: "Server does not assume start_response was called before it starts iterating.",
        Quote: "However, this invocation may be performed by the iterable's first iteration, so servers must not assume that start_response() has been called before they begin iterating over the iterable.",
        Anchors: "— (Paste's 2005 lint asserted the opposite until it was fixed)",
        Observability: "B");

    /// <summary>The app calls start_response once per invocation even when the body is empty.</summary>
    public static readonly Rule StartResponseMustBeCalled = new(
        "start_response.must_be_called", Party.App, Level.Must, "MUST (implied)", Group08,
        Section: "Specification Details",
        Summary: "The app calls start_response once per invocation even when the body is empty.",
        Quote: "The start_response callable is used to begin the HTTP response...",
        Anchors: "— (WR, PL, WZ check only when an item is yielded; an empty iterable that never calls it passes)",
        Observability: "P");

    private static Rule[] InGroup08 => [StartResponsePositionalOnly, StartResponseArity, StartResponseReturnsWrite, StartResponseStatusType, StartResponseStatusFormat, StartResponseStatusCodeRange, StartResponseStatusNoCtl, StartResponseStatusLatin1, StartResponseHeadersTypeList, StartResponseHeadersTuplePairs, StartResponseHeadersStrTypes, StartResponseHeadersNameToken, StartResponseHeadersValueNoCtl, StartResponseHeadersLatin1, StartResponseHeadersNoStatus, StartResponseHeadersNoHopByHop, StartResponseHopByHopFatal, StartResponseCheckAtCall, StartResponseHeadersServerMayModify, StartResponseHeadersCaseInsensitive, StartResponseRequiredHeadersAdded, StartResponseDeferHeaders, StartResponseDeferHeadersCl0, StartResponseDeferHeadersEmptyChunk, StartResponseHeadersOnExhaustion, StartResponseExcInfoType, StartResponseExcInfoErrorHandlerOnly, StartResponseExcInfoReplaceIfUnsent, StartResponseExcInfoRaiseIfSent, StartResponseExcInfoAppNoTrap, StartResponseRepeatWithoutExcInfo, StartResponseAppOnceWithoutExcInfo, StartResponseExcInfoNoReference, StartResponseBeforeFirstBody, StartResponseServerNoAssumption, StartResponseMustBeCalled];
}
