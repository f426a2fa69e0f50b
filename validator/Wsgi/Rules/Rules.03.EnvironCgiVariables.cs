namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>environ: CGI variables.</summary>
    public static readonly RuleGroup Group03 = new(3, "environ: CGI variables");

    /// <summary>REQUEST_METHOD is always present and never empty.</summary>
    public static readonly Rule EnvironRequiredRequestMethod = new(
        "environ.required.REQUEST_METHOD", Party.Server, Level.Must, "MUST", Group03,
        Section: "environ Variables",
        Summary: "REQUEST_METHOD is always present and never empty.",
        Quote: "This cannot ever be an empty string, and so is always required.",
        Anchors: "WR, PL (key present); WZ(w); RK (present)",
        Observability: "E");

    /// <summary>Value is the request-line method token as sent, case preserved.</summary>
    public static readonly Rule EnvironRequestMethodToken = new(
        "environ.REQUEST_METHOD.token", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables",
        Summary: "Value is the request-line method token as sent, case preserved.",
        Quote: "The HTTP request method, such as \"GET\" or \"POST\".",
        Anchors: "RK (RFC 7230 tchar regex); WR(w) warns outside GET HEAD POST OPTIONS PATCH PUT DELETE TRACE; PL(w) same list without PATCH",
        Observability: "B+E");

    /// <summary>SCRIPT_NAME is present; it may be omitted only when empty (app mounted at the server root).</summary>
    public static readonly Rule EnvironScriptNamePresence = new(
        "environ.SCRIPT_NAME.presence", Party.Server, Level.Must, "MUST", Group03,
        Section: "environ Variables",
        Summary: "SCRIPT_NAME is present; it may be omitted only when empty (app mounted at the server root).",
        Quote: "The following variables must be present, unless their value would be an empty string, in which case they may be omitted...",
        Anchors: "—",
        Observability: "E");

    /// <summary>A non-empty SCRIPT_NAME starts with '/'.</summary>
    public static readonly Rule EnvironScriptNameLeadingSlash = new(
        "environ.SCRIPT_NAME.leading_slash", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables",
        Summary: "A non-empty SCRIPT_NAME starts with '/'.",
        Quote: "The initial portion of the request URL's \"path\" that corresponds to the application object, so that the application knows its virtual \"location\".",
        Anchors: "WR, PL; WZ(w); RK",
        Observability: "E");

    /// <summary>SCRIPT_NAME is never exactly '/'; a root mount is SCRIPT_NAME '' with PATH_INFO '/'.</summary>
    public static readonly Rule EnvironScriptNameNotRootSlash = new(
        "environ.SCRIPT_NAME.not_root_slash", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables; URL Reconstruction",
        Summary: "SCRIPT_NAME is never exactly '/'; a root mount is SCRIPT_NAME '' with PATH_INFO '/'.",
        Quote: "This may be an empty string, if the application corresponds to the \"root\" of the server.",
        Anchors: "WR, PL, RK",
        Observability: "E");

    /// <summary>A non-empty SCRIPT_NAME should not end with '/' (the slash belongs to PATH_INFO).</summary>
    public static readonly Rule EnvironScriptNameNoTrailingSlash = new(
        "environ.SCRIPT_NAME.no_trailing_slash", Party.Server, Level.Should, "ext (Rack SPEC)", Group03,
        Section: "—",
        Summary: "A non-empty SCRIPT_NAME should not end with '/' (the slash belongs to PATH_INFO).",
        Quote: "[Rack SPEC] A non-empty SCRIPT_NAME should not end with '/'; the slash belongs to PATH_INFO (SCRIPT_NAME is never '/', but instead empty).",
        Anchors: "— (stated in Rack's SPEC text; its Lint rejects only '/')",
        Observability: "E");

    /// <summary>PATH_INFO is present; it may be empty or omitted only when the URL targets the app root with no trailing slash.</summary>
    public static readonly Rule EnvironPathInfoPresence = new(
        "environ.PATH_INFO.presence", Party.Server, Level.Must, "MUST", Group03,
        Section: "environ Variables",
        Summary: "PATH_INFO is present; it may be empty or omitted only when the URL targets the app root with no trailing slash.",
        Quote: "This may be an empty string, if the request URL targets the application root and does not have a trailing slash.",
        Anchors: "WR, PL (if SCRIPT_NAME is empty the PATH_INFO key must exist; '' passes); RK (one of the two non-empty)",
        Observability: "E");

    /// <summary>A non-empty PATH_INFO starts with '/'.</summary>
    public static readonly Rule EnvironPathInfoLeadingSlash = new(
        "environ.PATH_INFO.leading_slash", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables",
        Summary: "A non-empty PATH_INFO starts with '/'.",
        Quote: "The remainder of the request URL's \"path\", designating the virtual \"location\" of the request's target within the application.",
        Anchors: "WR, PL; WZ(w); RK (origin-form)",
        Observability: "E");

    /// <summary>'*' only with OPTIONS; authority-form only with CONNECT; absolute-form never with CONNECT/OPTIONS (WSGI servers normally reduce absolute-form to its path).</summary>
    public static readonly Rule EnvironPathInfoRequestTargetForms = new(
        "environ.PATH_INFO.request_target_forms", Party.Server, Level.Must, "ext (RFC 9112 §3.2)", Group03,
        Section: "—",
        Summary: "'*' only with OPTIONS; authority-form only with CONNECT; absolute-form never with CONNECT/OPTIONS (WSGI servers normally reduce absolute-form to its path).",
        Quote: "[RFC 9112 §3.2] asterisk-form ('*') is used only with OPTIONS, authority-form only with CONNECT; an absolute-form target is reduced to its path.",
        Anchors: "RK only",
        Observability: "B+E");

    /// <summary>PATH_INFO excludes the '?query' part and any '#fragment'.</summary>
    public static readonly Rule EnvironPathInfoNoQueryOrFragment = new(
        "environ.PATH_INFO.no_query_or_fragment", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables",
        Summary: "PATH_INFO excludes the '?query' part and any '#fragment'.",
        Quote: "The remainder of the request URL's \"path\"...",
        Anchors: "RK ('#' rejected)",
        Observability: "B+E");

    /// <summary>SCRIPT_NAME and PATH_INFO hold the percent-decoded path (the URL reconstruction recipe re-quotes them), decoded bytes mapped to str via latin-1.</summary>
    public static readonly Rule EnvironPathUrlDecoded = new(
        "environ.path.url_decoded", Party.Server, Level.Should, "SHOULD (implied)", Group03,
        Section: "URL Reconstruction; Unicode Issues",
        Summary: "SCRIPT_NAME and PATH_INFO hold the percent-decoded path (the URL reconstruction recipe re-quotes them), decoded bytes mapped to str via latin-1.",
        Quote: "url += quote(environ.get('SCRIPT_NAME', ''))",
        Anchors: "— (Rack instead allows a percent-encoded PATH_INFO)",
        Observability: "B+E");

    /// <summary>SCRIPT_NAME + PATH_INFO equals the decoded request path.</summary>
    public static readonly Rule EnvironPathConcatenation = new(
        "environ.path.concatenation", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables; URL Reconstruction",
        Summary: "SCRIPT_NAME + PATH_INFO equals the decoded request path.",
        Quote: "url += quote(environ.get('SCRIPT_NAME', '')) url += quote(environ.get('PATH_INFO', ''))",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>QUERY_STRING may be empty or absent.</summary>
    public static readonly Rule EnvironQueryStringPresence = new(
        "environ.QUERY_STRING.presence", Party.Server, Level.May, "MAY", Group03,
        Section: "environ Variables",
        Summary: "QUERY_STRING may be empty or absent.",
        Quote: "The portion of the request URL that follows the \"?\", if any. May be empty or absent.",
        Anchors: "WR(w), PL(w) warn when absent; RK requires it",
        Observability: "E");

    /// <summary>Value is the undecoded part of the request URL after the first '?', '' when there is none.</summary>
    public static readonly Rule EnvironQueryStringRaw = new(
        "environ.QUERY_STRING.raw", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables",
        Summary: "Value is the undecoded part of the request URL after the first '?', '' when there is none.",
        Quote: "The portion of the request URL that follows the \"?\", if any.",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>Holds the request Content-Type field; may be empty or absent.</summary>
    public static readonly Rule EnvironContentTypeValue = new(
        "environ.CONTENT_TYPE.value", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables",
        Summary: "Holds the request Content-Type field; may be empty or absent.",
        Quote: "The contents of any Content-Type fields in the HTTP request. May be empty or absent.",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>Holds the request Content-Length field; may be empty or absent.</summary>
    public static readonly Rule EnvironContentLengthValue = new(
        "environ.CONTENT_LENGTH.value", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables",
        Summary: "Holds the request Content-Length field; may be empty or absent.",
        Quote: "The contents of any Content-Length fields in the HTTP request. May be empty or absent.",
        Anchors: "WR, PL (if non-empty, int() >= 0); RK (digits only)",
        Observability: "B+E");

    /// <summary>If present, ASCII digits only; the int() test used by WR/PL also accepts ' 5', '+5' and '1_0'.</summary>
    public static readonly Rule EnvironContentLengthDigitsOnly = new(
        "environ.CONTENT_LENGTH.digits_only", Party.Server, Level.Must, "ext (RFC 9110 §8.6)", Group03,
        Section: "—",
        Summary: "If present, ASCII digits only; the int() test used by WR/PL also accepts ' 5', '+5' and '1_0'.",
        Quote: "[RFC 9110 §8.6] Content-Length = 1*DIGIT",
        Anchors: "RK",
        Observability: "E");

    /// <summary>No HTTP_CONTENT_TYPE or HTTP_CONTENT_LENGTH keys; those headers appear only as CONTENT_TYPE / CONTENT_LENGTH.</summary>
    public static readonly Rule EnvironNoHttpContentTypeLength = new(
        "environ.no_HTTP_CONTENT_TYPE_LENGTH", Party.Server, Level.Must, "MUST (CGI)", Group03,
        Section: "environ Variables (CGI reference, RFC 3875 §4.1.18)",
        Summary: "No HTTP_CONTENT_TYPE or HTTP_CONTENT_LENGTH keys; those headers appear only as CONTENT_TYPE / CONTENT_LENGTH.",
        Quote: "The environ dictionary is required to contain these CGI environment variables, as defined by the Common Gateway Interface specification...",
        Anchors: "WR, PL, RK",
        Observability: "B+E");

    /// <summary>SERVER_NAME is present.</summary>
    public static readonly Rule EnvironRequiredServerName = new(
        "environ.required.SERVER_NAME", Party.Server, Level.Must, "MUST", Group03,
        Section: "environ Variables",
        Summary: "SERVER_NAME is present.",
        Quote: "SERVER_NAME and SERVER_PORT are required strings and must never be empty.",
        Anchors: "WR, PL; WZ(w); RK",
        Observability: "E");

    /// <summary>SERVER_NAME is never empty.</summary>
    public static readonly Rule EnvironServerNameNonempty = new(
        "environ.SERVER_NAME.nonempty", Party.Server, Level.Must, "MUST", Group03,
        Section: "environ Variables",
        Summary: "SERVER_NAME is never empty.",
        Quote: "SERVER_NAME and SERVER_PORT are required strings and must never be empty.",
        Anchors: "— (RK's host pattern also matches '')",
        Observability: "E");

    /// <summary>SERVER_NAME is a syntactically valid host.</summary>
    public static readonly Rule EnvironServerNameValidHost = new(
        "environ.SERVER_NAME.valid_host", Party.Server, Level.Should, "ext (RFC 3986 §3.2.2)", Group03,
        Section: "—",
        Summary: "SERVER_NAME is a syntactically valid host.",
        Quote: "[RFC 3986 §3.2.2] host = IP-literal / IPv4address / reg-name; SERVER_NAME is a syntactically valid host.",
        Anchors: "RK",
        Observability: "E");

    /// <summary>SERVER_PORT is present.</summary>
    public static readonly Rule EnvironRequiredServerPort = new(
        "environ.required.SERVER_PORT", Party.Server, Level.Must, "MUST", Group03,
        Section: "environ Variables",
        Summary: "SERVER_PORT is present.",
        Quote: "SERVER_NAME and SERVER_PORT are required strings and must never be empty.",
        Anchors: "WR, PL; WZ(w)",
        Observability: "E");

    /// <summary>SERVER_PORT is never empty.</summary>
    public static readonly Rule EnvironServerPortNonempty = new(
        "environ.SERVER_PORT.nonempty", Party.Server, Level.Must, "MUST", Group03,
        Section: "environ Variables",
        Summary: "SERVER_PORT is never empty.",
        Quote: "SERVER_NAME and SERVER_PORT are required strings and must never be empty.",
        Anchors: "RK (digits regex rejects '')",
        Observability: "E");

    /// <summary>SERVER_PORT is a decimal string.</summary>
    public static readonly Rule EnvironServerPortDigits = new(
        "environ.SERVER_PORT.digits", Party.Server, Level.Must, "ext (CGI, RFC 3875)", Group03,
        Section: "—",
        Summary: "SERVER_PORT is a decimal string.",
        Quote: "[CGI, RFC 3875] SERVER_PORT = server-port; server-port = 1*digit",
        Anchors: "RK",
        Observability: "E");

    /// <summary>SERVER_PROTOCOL is present (it is in the list of variables that must be present unless empty).</summary>
    public static readonly Rule EnvironRequiredServerProtocol = new(
        "environ.required.SERVER_PROTOCOL", Party.Server, Level.Must, "MUST", Group03,
        Section: "environ Variables",
        Summary: "SERVER_PROTOCOL is present (it is in the list of variables that must be present unless empty).",
        Quote: "The version of the protocol the client used to send the request.",
        Anchors: "RK (required)",
        Observability: "E");

    /// <summary>Value has the form HTTP/1.0, HTTP/1.1 and so on.</summary>
    public static readonly Rule EnvironServerProtocolFormat = new(
        "environ.SERVER_PROTOCOL.format", Party.Server, Level.Must, "ext", Group03,
        Section: "environ Variables",
        Summary: "Value has the form HTTP/1.0, HTTP/1.1 and so on.",
        Quote: "[ext; RFC 9112 §2.3] HTTP-version = HTTP-name \"/\" DIGIT \".\" DIGIT, e.g. HTTP/1.0 or HTTP/1.1",
        Anchors: "RK (regex HTTP/digit(.digit)?)",
        Observability: "E");

    /// <summary>Value is the protocol version of the client's request, not the version the server answers with.</summary>
    public static readonly Rule EnvironServerProtocolRequestVersion = new(
        "environ.SERVER_PROTOCOL.request_version", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables",
        Summary: "Value is the protocol version of the client's request, not the version the server answers with.",
        Quote: "...since it denotes the protocol used in the request, and is not necessarily the protocol that will be used in the server's response.",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>An HTTP_* variable exists if and only if the matching request header was sent.</summary>
    public static readonly Rule EnvironHttpCorrespondence = new(
        "environ.HTTP.correspondence", Party.Server, Level.Should, "SHOULD", Group03,
        Section: "environ Variables",
        Summary: "An HTTP_* variable exists if and only if the matching request header was sent.",
        Quote: "The presence or absence of these variables should correspond with the presence or absence of the appropriate HTTP header in the request.",
        Anchors: "— (RK: SPEC text only)",
        Observability: "B+E");

    /// <summary>Header name upper-cased, '-' replaced by '_', prefixed HTTP_.</summary>
    public static readonly Rule EnvironHttpNaming = new(
        "environ.HTTP.naming", Party.Server, Level.Must, "MUST (CGI)", Group03,
        Section: "environ Variables (CGI reference)",
        Summary: "Header name upper-cased, '-' replaced by '_', prefixed HTTP_.",
        Quote: "Variables corresponding to the client-supplied HTTP request headers (i.e., variables whose names begin with \"HTTP_\").",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>Repeated request header fields are combined into one value (comma-joined) instead of one overwriting another.</summary>
    public static readonly Rule EnvironHttpRepeatedCombined = new(
        "environ.HTTP.repeated_combined", Party.Server, Level.Must, "ext (RFC 3875 §4.1.18)", Group03,
        Section: "—",
        Summary: "Repeated request header fields are combined into one value (comma-joined) instead of one overwriting another.",
        Quote: "[RFC 3875 §4.1.18] If multiple header fields with the same field-name are received then the server MUST rewrite them as a single value having the same semantics.",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>Request headers whose names contain '_' are dropped or otherwise cannot impersonate dash-named headers after the '-' to '_' mapping.</summary>
    public static readonly Rule EnvironHttpUnderscoreNames = new(
        "environ.HTTP.underscore_names", Party.Server, Level.Should, "ext (security practice)", Group03,
        Section: "—",
        Summary: "Request headers whose names contain '_' are dropped or otherwise cannot impersonate dash-named headers after the '-' to '_' mapping.",
        Quote: "[security practice] Request headers whose names contain '_' are dropped, so they cannot impersonate dash-named headers after the '-' to '_' mapping.",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>HTTP_HOST, if present, is a valid authority (host[:port]).</summary>
    public static readonly Rule EnvironHttpHostValidAuthority = new(
        "environ.HTTP_HOST.valid_authority", Party.Server, Level.Should, "ext (RFC 9110 §7.2)", Group03,
        Section: "—",
        Summary: "HTTP_HOST, if present, is a valid authority (host[:port]).",
        Quote: "[RFC 9110 §7.2] Host = uri-host [ \":\" port ]",
        Anchors: "RK",
        Observability: "E");

    private static Rule[] InGroup03 => [EnvironRequiredRequestMethod, EnvironRequestMethodToken, EnvironScriptNamePresence, EnvironScriptNameLeadingSlash, EnvironScriptNameNotRootSlash, EnvironScriptNameNoTrailingSlash, EnvironPathInfoPresence, EnvironPathInfoLeadingSlash, EnvironPathInfoRequestTargetForms, EnvironPathInfoNoQueryOrFragment, EnvironPathUrlDecoded, EnvironPathConcatenation, EnvironQueryStringPresence, EnvironQueryStringRaw, EnvironContentTypeValue, EnvironContentLengthValue, EnvironContentLengthDigitsOnly, EnvironNoHttpContentTypeLength, EnvironRequiredServerName, EnvironServerNameNonempty, EnvironServerNameValidHost, EnvironRequiredServerPort, EnvironServerPortNonempty, EnvironServerPortDigits, EnvironRequiredServerProtocol, EnvironServerProtocolFormat, EnvironServerProtocolRequestVersion, EnvironHttpCorrespondence, EnvironHttpNaming, EnvironHttpRepeatedCombined, EnvironHttpUnderscoreNames, EnvironHttpHostValidAuthority];
}
