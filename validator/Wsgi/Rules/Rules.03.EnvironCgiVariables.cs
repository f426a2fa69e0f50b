namespace Wsgi.Catalogue;

// Generated once from shared/spec/pep3333-rules.md by scripts/gen-catalogue.py; edit here from now on.
public static partial class Rules
{
    /// <summary>environ: CGI variables.</summary>
    public static readonly RuleGroup Group03 = new(3, "environ: CGI variables");

    /// <summary>REQUEST_METHOD is always present and never empty.</summary>
    public static readonly Rule EnvironRequiredRequestMethod = new(
        "environ.required.REQUEST_METHOD", Party.Server, Level.Must, "MUST", Group03,
        Section: "environ Variables",
        Summary: "REQUEST_METHOD is always present and never empty.",
        Quote: "",
        Anchors: "WR, PL (key present); WZ(w); RK (present)",
        Observability: "E");

    /// <summary>Value is the request-line method token as sent, case preserved.</summary>
    public static readonly Rule EnvironRequestMethodToken = new(
        "environ.REQUEST_METHOD.token", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables",
        Summary: "Value is the request-line method token as sent, case preserved.",
        Quote: "",
        Anchors: "RK (RFC 7230 tchar regex); WR(w) warns outside GET HEAD POST OPTIONS PATCH PUT DELETE TRACE; PL(w) same list without PATCH",
        Observability: "B+E");

    /// <summary>SCRIPT_NAME is present; it may be omitted only when empty (app mounted at the server root).</summary>
    public static readonly Rule EnvironScriptNamePresence = new(
        "environ.SCRIPT_NAME.presence", Party.Server, Level.Must, "MUST", Group03,
        Section: "environ Variables",
        Summary: "SCRIPT_NAME is present; it may be omitted only when empty (app mounted at the server root).",
        Quote: "",
        Anchors: "—",
        Observability: "E");

    /// <summary>A non-empty SCRIPT_NAME starts with '/'.</summary>
    public static readonly Rule EnvironScriptNameLeadingSlash = new(
        "environ.SCRIPT_NAME.leading_slash", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables",
        Summary: "A non-empty SCRIPT_NAME starts with '/'.",
        Quote: "",
        Anchors: "WR, PL; WZ(w); RK",
        Observability: "E");

    /// <summary>SCRIPT_NAME is never exactly '/'; a root mount is SCRIPT_NAME '' with PATH_INFO '/'.</summary>
    public static readonly Rule EnvironScriptNameNotRootSlash = new(
        "environ.SCRIPT_NAME.not_root_slash", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables; URL Reconstruction",
        Summary: "SCRIPT_NAME is never exactly '/'; a root mount is SCRIPT_NAME '' with PATH_INFO '/'.",
        Quote: "",
        Anchors: "WR, PL, RK",
        Observability: "E");

    /// <summary>A non-empty SCRIPT_NAME should not end with '/' (the slash belongs to PATH_INFO).</summary>
    public static readonly Rule EnvironScriptNameNoTrailingSlash = new(
        "environ.SCRIPT_NAME.no_trailing_slash", Party.Server, Level.Should, "ext (Rack SPEC)", Group03,
        Section: "—",
        Summary: "A non-empty SCRIPT_NAME should not end with '/' (the slash belongs to PATH_INFO).",
        Quote: "",
        Anchors: "— (stated in Rack's SPEC text; its Lint rejects only '/')",
        Observability: "E");

    /// <summary>PATH_INFO is present; it may be empty or omitted only when the URL targets the app root with no trailing slash.</summary>
    public static readonly Rule EnvironPathInfoPresence = new(
        "environ.PATH_INFO.presence", Party.Server, Level.Must, "MUST", Group03,
        Section: "environ Variables",
        Summary: "PATH_INFO is present; it may be empty or omitted only when the URL targets the app root with no trailing slash.",
        Quote: "",
        Anchors: "WR, PL (if SCRIPT_NAME is empty the PATH_INFO key must exist; '' passes); RK (one of the two non-empty)",
        Observability: "E");

    /// <summary>A non-empty PATH_INFO starts with '/'.</summary>
    public static readonly Rule EnvironPathInfoLeadingSlash = new(
        "environ.PATH_INFO.leading_slash", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables",
        Summary: "A non-empty PATH_INFO starts with '/'.",
        Quote: "",
        Anchors: "WR, PL; WZ(w); RK (origin-form)",
        Observability: "E");

    /// <summary>'*' only with OPTIONS; authority-form only with CONNECT; absolute-form never with CONNECT/OPTIONS (WSGI servers normally reduce absolute-form to its path).</summary>
    public static readonly Rule EnvironPathInfoRequestTargetForms = new(
        "environ.PATH_INFO.request_target_forms", Party.Server, Level.Must, "ext (RFC 9112 §3.2)", Group03,
        Section: "—",
        Summary: "'*' only with OPTIONS; authority-form only with CONNECT; absolute-form never with CONNECT/OPTIONS (WSGI servers normally reduce absolute-form to its path).",
        Quote: "",
        Anchors: "RK only",
        Observability: "B+E");

    /// <summary>PATH_INFO excludes the '?query' part and any '#fragment'.</summary>
    public static readonly Rule EnvironPathInfoNoQueryOrFragment = new(
        "environ.PATH_INFO.no_query_or_fragment", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables",
        Summary: "PATH_INFO excludes the '?query' part and any '#fragment'.",
        Quote: "",
        Anchors: "RK ('#' rejected)",
        Observability: "B+E");

    /// <summary>SCRIPT_NAME and PATH_INFO hold the percent-decoded path (the URL reconstruction recipe re-quotes them), decoded bytes mapped to str via latin-1.</summary>
    public static readonly Rule EnvironPathUrlDecoded = new(
        "environ.path.url_decoded", Party.Server, Level.Should, "SHOULD (implied)", Group03,
        Section: "URL Reconstruction; Unicode Issues",
        Summary: "SCRIPT_NAME and PATH_INFO hold the percent-decoded path (the URL reconstruction recipe re-quotes them), decoded bytes mapped to str via latin-1.",
        Quote: "",
        Anchors: "— (Rack instead allows a percent-encoded PATH_INFO)",
        Observability: "B+E");

    /// <summary>SCRIPT_NAME + PATH_INFO equals the decoded request path.</summary>
    public static readonly Rule EnvironPathConcatenation = new(
        "environ.path.concatenation", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables; URL Reconstruction",
        Summary: "SCRIPT_NAME + PATH_INFO equals the decoded request path.",
        Quote: "",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>QUERY_STRING may be empty or absent.</summary>
    public static readonly Rule EnvironQueryStringPresence = new(
        "environ.QUERY_STRING.presence", Party.Server, Level.May, "MAY", Group03,
        Section: "environ Variables",
        Summary: "QUERY_STRING may be empty or absent.",
        Quote: "",
        Anchors: "WR(w), PL(w) warn when absent; RK requires it",
        Observability: "E");

    /// <summary>Value is the undecoded part of the request URL after the first '?', '' when there is none.</summary>
    public static readonly Rule EnvironQueryStringRaw = new(
        "environ.QUERY_STRING.raw", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables",
        Summary: "Value is the undecoded part of the request URL after the first '?', '' when there is none.",
        Quote: "",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>Holds the request Content-Type field; may be empty or absent.</summary>
    public static readonly Rule EnvironContentTypeValue = new(
        "environ.CONTENT_TYPE.value", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables",
        Summary: "Holds the request Content-Type field; may be empty or absent.",
        Quote: "",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>Holds the request Content-Length field; may be empty or absent.</summary>
    public static readonly Rule EnvironContentLengthValue = new(
        "environ.CONTENT_LENGTH.value", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables",
        Summary: "Holds the request Content-Length field; may be empty or absent.",
        Quote: "",
        Anchors: "WR, PL (if non-empty, int() >= 0); RK (digits only)",
        Observability: "B+E");

    /// <summary>If present, ASCII digits only; the int() test used by WR/PL also accepts ' 5', '+5' and '1_0'.</summary>
    public static readonly Rule EnvironContentLengthDigitsOnly = new(
        "environ.CONTENT_LENGTH.digits_only", Party.Server, Level.Must, "ext (RFC 9110 §8.6)", Group03,
        Section: "—",
        Summary: "If present, ASCII digits only; the int() test used by WR/PL also accepts ' 5', '+5' and '1_0'.",
        Quote: "",
        Anchors: "RK",
        Observability: "E");

    /// <summary>No HTTP_CONTENT_TYPE or HTTP_CONTENT_LENGTH keys; those headers appear only as CONTENT_TYPE / CONTENT_LENGTH.</summary>
    public static readonly Rule EnvironNoHttpContentTypeLength = new(
        "environ.no_HTTP_CONTENT_TYPE_LENGTH", Party.Server, Level.Must, "MUST (CGI)", Group03,
        Section: "environ Variables (CGI reference, RFC 3875 §4.1.18)",
        Summary: "No HTTP_CONTENT_TYPE or HTTP_CONTENT_LENGTH keys; those headers appear only as CONTENT_TYPE / CONTENT_LENGTH.",
        Quote: "",
        Anchors: "WR, PL, RK",
        Observability: "B+E");

    /// <summary>SERVER_NAME is present.</summary>
    public static readonly Rule EnvironRequiredServerName = new(
        "environ.required.SERVER_NAME", Party.Server, Level.Must, "MUST", Group03,
        Section: "environ Variables",
        Summary: "SERVER_NAME is present.",
        Quote: "",
        Anchors: "WR, PL; WZ(w); RK",
        Observability: "E");

    /// <summary>SERVER_NAME is never empty.</summary>
    public static readonly Rule EnvironServerNameNonempty = new(
        "environ.SERVER_NAME.nonempty", Party.Server, Level.Must, "MUST", Group03,
        Section: "environ Variables",
        Summary: "SERVER_NAME is never empty.",
        Quote: "",
        Anchors: "— (RK's host pattern also matches '')",
        Observability: "E");

    /// <summary>SERVER_NAME is a syntactically valid host.</summary>
    public static readonly Rule EnvironServerNameValidHost = new(
        "environ.SERVER_NAME.valid_host", Party.Server, Level.Should, "ext (RFC 3986 §3.2.2)", Group03,
        Section: "—",
        Summary: "SERVER_NAME is a syntactically valid host.",
        Quote: "",
        Anchors: "RK",
        Observability: "E");

    /// <summary>SERVER_PORT is present.</summary>
    public static readonly Rule EnvironRequiredServerPort = new(
        "environ.required.SERVER_PORT", Party.Server, Level.Must, "MUST", Group03,
        Section: "environ Variables",
        Summary: "SERVER_PORT is present.",
        Quote: "",
        Anchors: "WR, PL; WZ(w)",
        Observability: "E");

    /// <summary>SERVER_PORT is never empty.</summary>
    public static readonly Rule EnvironServerPortNonempty = new(
        "environ.SERVER_PORT.nonempty", Party.Server, Level.Must, "MUST", Group03,
        Section: "environ Variables",
        Summary: "SERVER_PORT is never empty.",
        Quote: "",
        Anchors: "RK (digits regex rejects '')",
        Observability: "E");

    /// <summary>SERVER_PORT is a decimal string.</summary>
    public static readonly Rule EnvironServerPortDigits = new(
        "environ.SERVER_PORT.digits", Party.Server, Level.Must, "ext (CGI, RFC 3875)", Group03,
        Section: "—",
        Summary: "SERVER_PORT is a decimal string.",
        Quote: "",
        Anchors: "RK",
        Observability: "E");

    /// <summary>SERVER_PROTOCOL is present (it is in the list of variables that must be present unless empty).</summary>
    public static readonly Rule EnvironRequiredServerProtocol = new(
        "environ.required.SERVER_PROTOCOL", Party.Server, Level.Must, "MUST", Group03,
        Section: "environ Variables",
        Summary: "SERVER_PROTOCOL is present (it is in the list of variables that must be present unless empty).",
        Quote: "",
        Anchors: "RK (required)",
        Observability: "E");

    /// <summary>Value has the form HTTP/1.0, HTTP/1.1 and so on.</summary>
    public static readonly Rule EnvironServerProtocolFormat = new(
        "environ.SERVER_PROTOCOL.format", Party.Server, Level.Must, "ext", Group03,
        Section: "environ Variables",
        Summary: "Value has the form HTTP/1.0, HTTP/1.1 and so on.",
        Quote: "",
        Anchors: "RK (regex HTTP/digit(.digit)?)",
        Observability: "E");

    /// <summary>Value is the protocol version of the client's request, not the version the server answers with.</summary>
    public static readonly Rule EnvironServerProtocolRequestVersion = new(
        "environ.SERVER_PROTOCOL.request_version", Party.Server, Level.Must, "MUST (implied)", Group03,
        Section: "environ Variables",
        Summary: "Value is the protocol version of the client's request, not the version the server answers with.",
        Quote: "",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>An HTTP_* variable exists if and only if the matching request header was sent.</summary>
    public static readonly Rule EnvironHttpCorrespondence = new(
        "environ.HTTP.correspondence", Party.Server, Level.Should, "SHOULD", Group03,
        Section: "environ Variables",
        Summary: "An HTTP_* variable exists if and only if the matching request header was sent.",
        Quote: "",
        Anchors: "— (RK: SPEC text only)",
        Observability: "B+E");

    /// <summary>Header name upper-cased, '-' replaced by '_', prefixed HTTP_.</summary>
    public static readonly Rule EnvironHttpNaming = new(
        "environ.HTTP.naming", Party.Server, Level.Must, "MUST (CGI)", Group03,
        Section: "environ Variables (CGI reference)",
        Summary: "Header name upper-cased, '-' replaced by '_', prefixed HTTP_.",
        Quote: "",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>Repeated request header fields are combined into one value (comma-joined) instead of one overwriting another.</summary>
    public static readonly Rule EnvironHttpRepeatedCombined = new(
        "environ.HTTP.repeated_combined", Party.Server, Level.Must, "ext (RFC 3875 §4.1.18)", Group03,
        Section: "—",
        Summary: "Repeated request header fields are combined into one value (comma-joined) instead of one overwriting another.",
        Quote: "",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>Request headers whose names contain '_' are dropped or otherwise cannot impersonate dash-named headers after the '-' to '_' mapping.</summary>
    public static readonly Rule EnvironHttpUnderscoreNames = new(
        "environ.HTTP.underscore_names", Party.Server, Level.Should, "ext (security practice)", Group03,
        Section: "—",
        Summary: "Request headers whose names contain '_' are dropped or otherwise cannot impersonate dash-named headers after the '-' to '_' mapping.",
        Quote: "",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>HTTP_HOST, if present, is a valid authority (host[:port]).</summary>
    public static readonly Rule EnvironHttpHostValidAuthority = new(
        "environ.HTTP_HOST.valid_authority", Party.Server, Level.Should, "ext (RFC 9110 §7.2)", Group03,
        Section: "—",
        Summary: "HTTP_HOST, if present, is a valid authority (host[:port]).",
        Quote: "",
        Anchors: "RK",
        Observability: "E");

    private static Rule[] InGroup03 => [EnvironRequiredRequestMethod, EnvironRequestMethodToken, EnvironScriptNamePresence, EnvironScriptNameLeadingSlash, EnvironScriptNameNotRootSlash, EnvironScriptNameNoTrailingSlash, EnvironPathInfoPresence, EnvironPathInfoLeadingSlash, EnvironPathInfoRequestTargetForms, EnvironPathInfoNoQueryOrFragment, EnvironPathUrlDecoded, EnvironPathConcatenation, EnvironQueryStringPresence, EnvironQueryStringRaw, EnvironContentTypeValue, EnvironContentLengthValue, EnvironContentLengthDigitsOnly, EnvironNoHttpContentTypeLength, EnvironRequiredServerName, EnvironServerNameNonempty, EnvironServerNameValidHost, EnvironRequiredServerPort, EnvironServerPortNonempty, EnvironServerPortDigits, EnvironRequiredServerProtocol, EnvironServerProtocolFormat, EnvironServerProtocolRequestVersion, EnvironHttpCorrespondence, EnvironHttpNaming, EnvironHttpRepeatedCombined, EnvironHttpUnderscoreNames, EnvironHttpHostValidAuthority];
}
