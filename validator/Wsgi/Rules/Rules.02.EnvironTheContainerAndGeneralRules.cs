namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>environ: the container and general rules.</summary>
    public static readonly RuleGroup Group02 = new(2, "environ: the container and general rules");

    /// <summary>environ is a builtin dict: not a subclass, UserDict or other mapping emulation.</summary>
    public static readonly Rule EnvironTypeBuiltinDict = new(
        "environ.type.builtin_dict", Party.Server, Level.Must, "MUST", Group02,
        Section: "Specification Details; Questions and Answers 1",
        Summary: "environ is a builtin dict: not a subclass, UserDict or other mapping emulation.",
        Quote: "This object must be a builtin Python dictionary (not a subclass, UserDict or other dictionary emulation)...",
        Anchors: "WR (type is dict); WZ(w) (type is dict); PL (isinstance, so subclasses pass); RK (Hash)",
        Observability: "P");

    /// <summary>The app may modify environ in any way it likes; the server must tolerate that.</summary>
    public static readonly Rule EnvironAppMayModify = new(
        "environ.app_may_modify", Party.Server, Level.May, "MAY (app)", Group02,
        Section: "Specification Details",
        Summary: "The app may modify environ in any way it likes; the server must tolerate that.",
        Quote: "...the application is allowed to modify the dictionary in any way it desires.",
        Anchors: "RK (env must not be frozen)",
        Observability: "P");

    /// <summary>Keys are native str: CGI names or dotted extension names.</summary>
    public static readonly Rule EnvironKeysStr = new(
        "environ.keys.str", Party.Server, Level.Must, "MUST (implied)", Group02,
        Section: "Specification Details; environ Variables",
        Summary: "Keys are native str: CGI names or dotted extension names.",
        Quote: "\"Native\" strings (which are always implemented using the type named str) that are used for request/response headers and metadata",
        Anchors: "RK (all keys are String)",
        Observability: "P");

    /// <summary>Every CGI variable present (key without a dot), SERVER_PORT and CONTENT_LENGTH included, has a value of type str; any other type violates the spec.</summary>
    public static readonly Rule EnvironCgiValueTypeStr = new(
        "environ.cgi.value_type_str", Party.Server, Level.Must, "MUST", Group02,
        Section: "environ Variables",
        Summary: "Every CGI variable present (key without a dot), SERVER_PORT and CONTENT_LENGTH included, has a value of type str; any other type violates the spec.",
        Quote: "It is a violation of this specification for any CGI variable's value to be of any type other than str.",
        Anchors: "WR (type is str); PL (isinstance str); RK (String)",
        Observability: "P");

    /// <summary>Server never supplies str values with code points above U+00FF; raw request bytes are decoded as ISO-8859-1 ('bytes-as-unicode').</summary>
    public static readonly Rule EnvironCgiLatin1Only = new(
        "environ.cgi.latin1_only", Party.Server, Level.MustNot, "MUST NOT", Group02,
        Section: "Unicode Issues; A Note On String Types",
        Summary: "Server never supplies str values with code points above U+00FF; raw request bytes are decoded as ISO-8859-1 ('bytes-as-unicode').",
        Quote: "Similarly, servers and gateways must not supply strings to an application containing any other Unicode characters.",
        Anchors: "RK analog (non-ASCII CGI values must be binary-encoded)",
        Observability: "E");

    /// <summary>Variables that do not apply (e.g. REMOTE_USER without authentication) are left out instead of being set to '' or None.</summary>
    public static readonly Rule EnvironMissingOmitted = new(
        "environ.missing.omitted", Party.Server, Level.Should, "SHOULD", Group02,
        Section: "environ Variables",
        Summary: "Variables that do not apply (e.g. REMOTE_USER without authentication) are left out instead of being set to '' or None.",
        Quote: "Note: missing variables (such as REMOTE_USER when no authentication has occurred) should be left out of the environ dictionary.",
        Anchors: "—",
        Observability: "E");

    /// <summary>A listed CGI variable whose value would be empty may be omitted, except REQUEST_METHOD, SERVER_NAME and SERVER_PORT.</summary>
    public static readonly Rule EnvironEmptyMayOmit = new(
        "environ.empty.may_omit", Party.Server, Level.May, "MAY", Group02,
        Section: "environ Variables",
        Summary: "A listed CGI variable whose value would be empty may be omitted, except REQUEST_METHOD, SERVER_NAME and SERVER_PORT.",
        Quote: "The following variables must be present, unless their value would be an empty string, in which case they may be omitted, except as otherwise noted below.",
        Anchors: "—",
        Observability: "E");

    /// <summary>Server provides as many other applicable CGI variables as it can (e.g. REMOTE_ADDR, SERVER_SOFTWARE).</summary>
    public static readonly Rule EnvironCgiExtraVars = new(
        "environ.cgi.extra_vars", Party.Server, Level.Should, "SHOULD", Group02,
        Section: "environ Variables",
        Summary: "Server provides as many other applicable CGI variables as it can (e.g. REMOTE_ADDR, SERVER_SOFTWARE).",
        Quote: "A server or gateway should attempt to provide as many other CGI variables as are applicable.",
        Anchors: "—",
        Observability: "E");

    /// <summary>With SSL/TLS in use, server provides applicable Apache SSL variables such as HTTPS=on and SSL_PROTOCOL.</summary>
    public static readonly Rule EnvironSslVars = new(
        "environ.ssl_vars", Party.Server, Level.Should, "SHOULD", Group02,
        Section: "environ Variables",
        Summary: "With SSL/TLS in use, server provides applicable Apache SSL variables such as HTTPS=on and SSL_PROTOCOL.",
        Quote: "...if SSL is in use, the server or gateway should also provide as many of the Apache SSL environment variables...",
        Anchors: "—",
        Observability: "E");

    /// <summary>Server documents the variables it provides and their definitions.</summary>
    public static readonly Rule EnvironDocumented = new(
        "environ.documented", Party.Server, Level.Should, "SHOULD", Group02,
        Section: "environ Variables",
        Summary: "Server documents the variables it provides and their definitions.",
        Quote: "A WSGI-compliant server or gateway should document what variables it provides, along with their definitions as appropriate.",
        Anchors: "—",
        Observability: "D");

    /// <summary>environ may also carry arbitrary operating-system environment variables.</summary>
    public static readonly Rule EnvironOsVarsMay = new(
        "environ.os_vars.may", Party.Server, Level.May, "MAY", Group02,
        Section: "environ Variables",
        Summary: "environ may also carry arbitrary operating-system environment variables.",
        Quote: "In addition to the CGI-defined variables, the environ dictionary may also contain arbitrary operating-system \"environment variables\"...",
        Anchors: "—",
        Observability: "—");

    /// <summary>Server lets the deployer put name/value configuration pairs into environ (copying os.environ is enough).</summary>
    public static readonly Rule EnvironConfigPairs = new(
        "environ.config_pairs", Party.Server, Level.Should, "SHOULD", Group02,
        Section: "Application Configuration",
        Summary: "Server lets the deployer put name/value configuration pairs into environ (copying os.environ is enough).",
        Quote: "Servers and gateways should support this by allowing an application's deployer to specify name-value pairs to be placed in environ.",
        Anchors: "—",
        Observability: "D");

    /// <summary>Server-defined keys use only lower-case letters, digits, dots and underscores, with a prefix unique to that server (e.g. mod_python.x).</summary>
    public static readonly Rule EnvironExtensionNaming = new(
        "environ.extension.naming", Party.Server, Level.Should, "SHOULD", Group02,
        Section: "environ Variables",
        Summary: "Server-defined keys use only lower-case letters, digits, dots and underscores, with a prefix unique to that server (e.g. mod_python.x).",
        Quote: "These variables should be named using only lower-case letters, numbers, dots, and underscores, and should be prefixed with a name that is unique to the defining server or gateway.",
        Anchors: "— (Rack SPEC has the analog: extension keys contain a dot, rack. reserved; Lint does not enforce it)",
        Observability: "E");

    /// <summary>The wsgi. prefix is used only for keys the specification defines.</summary>
    public static readonly Rule EnvironExtensionWsgiPrefix = new(
        "environ.extension.wsgi_prefix", Party.Server, Level.Should, "SHOULD (implied)", Group02,
        Section: "environ Variables",
        Summary: "The wsgi. prefix is used only for keys the specification defines.",
        Quote: "...should be prefixed with a name that is unique to the defining server or gateway.",
        Anchors: "— (Rack SPEC reserves rack.; not enforced)",
        Observability: "E");

    /// <summary>Apps check for the variables they need and have a fallback when one is absent.</summary>
    public static readonly Rule AppEnvironFallback = new(
        "app.environ.fallback", Party.App, Level.Should, "SHOULD", Group02,
        Section: "environ Variables",
        Summary: "Apps check for the variables they need and have a fallback when one is absent.",
        Quote: "Applications should check for the presence of any variables they require, and have a fallback plan in the event such a variable is absent.",
        Anchors: "—",
        Observability: "—");

    private static Rule[] InGroup02 => [EnvironTypeBuiltinDict, EnvironAppMayModify, EnvironKeysStr, EnvironCgiValueTypeStr, EnvironCgiLatin1Only, EnvironMissingOmitted, EnvironEmptyMayOmit, EnvironCgiExtraVars, EnvironSslVars, EnvironDocumented, EnvironOsVarsMay, EnvironConfigPairs, EnvironExtensionNaming, EnvironExtensionWsgiPrefix, AppEnvironFallback];
}
