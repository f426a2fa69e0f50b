namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>Other HTTP features, threading, extension APIs, configuration.</summary>
    public static readonly RuleGroup Group14 = new(14, "Other HTTP features, threading, extension APIs, configuration");

    /// <summary>Server leaves the app in control of its output and makes only changes that keep the response's effective semantics.</summary>
    public static readonly Rule HttpPlayDumb = new(
        "http.play_dumb", Party.Server, Level.Should, "SHOULD", Group14,
        Section: "Other HTTP Features",
        Summary: "Server leaves the app in control of its output and makes only changes that keep the response's effective semantics.",
        Quote: "In general, servers and gateways should \"play dumb\" and allow the application complete control over its output.",
        Anchors: "—",
        Observability: "B");

    /// <summary>Server may handle If-None-Match / If-Modified-Since using the app's ETag / Last-Modified; apps should validate themselves if they need it.</summary>
    public static readonly Rule HttpCacheValidationMay = new(
        "http.cache_validation.may", Party.Server, Level.May, "MAY", Group14,
        Section: "Other HTTP Features",
        Summary: "Server may handle If-None-Match / If-Modified-Since using the app's ETag / Last-Modified; apps should validate themselves if they need it.",
        Quote: "...a server may handle cache validation via the If-None-Match and If-Modified-Since request headers and the Last-Modified and ETag response headers.",
        Anchors: "—",
        Observability: "B");

    /// <summary>Server may serve byte ranges of the app's response when the app does not.</summary>
    public static readonly Rule HttpByteRangesMay = new(
        "http.byte_ranges.may", Party.Server, Level.May, "MAY", Group14,
        Section: "Other HTTP Features",
        Summary: "Server may serve byte ranges of the app's response when the app does not.",
        Quote: "A server may transmit byte ranges of the application's response if requested by the client, and the application doesn't natively support byte ranges.",
        Anchors: "—",
        Observability: "B");

    /// <summary>Apps apply a suitable content-coding themselves (transport coding stays with the server).</summary>
    public static readonly Rule HttpAppContentEncoding = new(
        "http.app.content_encoding", Party.App, Level.Should, "SHOULD", Group14,
        Section: "Other HTTP Features",
        Summary: "Apps apply a suitable content-coding themselves (transport coding stays with the server).",
        Quote: "...the application should use a suitable content encoding on its own, and must not apply a transport encoding.",
        Anchors: "—",
        Observability: "—");

    /// <summary>Apps do not rely on incoming hop-by-hop headers found in environ.</summary>
    public static readonly Rule HttpAppNoInboundHopByHop = new(
        "http.app.no_inbound_hop_by_hop", Party.App, Level.MustNot, "MUST NOT", Group14,
        Section: "Other HTTP Features",
        Summary: "Apps do not rely on incoming hop-by-hop headers found in environ.",
        Quote: "...or rely on the content of any incoming \"hop-by-hop\" headers in the environ dictionary.",
        Anchors: "—",
        Observability: "—");

    /// <summary>Servers that run requests in parallel also offer a single-threaded mode.</summary>
    public static readonly Rule ThreadingSingleThreadedOption = new(
        "threading.single_threaded_option", Party.Server, Level.Should, "SHOULD", Group14,
        Section: "Thread Support",
        Summary: "Servers that run requests in parallel also offer a single-threaded mode.",
        Quote: "Servers that can run multiple requests in parallel, should also provide the option of running an application in a single-threaded fashion...",
        Anchors: "—",
        Observability: "D");

    /// <summary>Extension APIs that replace WSGI functionality are invoked through the part they replace (e.g. take environ or start_response as an argument).</summary>
    public static readonly Rule ExtApiInvokeViaReplaced = new(
        "ext_api.invoke_via_replaced", Party.Server, Level.Must, "MUST", Group14,
        Section: "Server Extension APIs",
        Summary: "Extension APIs that replace WSGI functionality are invoked through the part they replace (e.g. take environ or start_response as an argument).",
        Quote: "...servers and gateways that provide extension APIs that replace some WSGI functionality, must design those APIs so that they are invoked using the portion of the API that they replace.",
        Anchors: "—",
        Observability: "P");

    /// <summary>If an extension cannot guarantee agreement with environ, or is handed a start_response other than the original, it refuses service.</summary>
    public static readonly Rule ExtApiRefuseOnMismatch = new(
        "ext_api.refuse_on_mismatch", Party.Server, Level.Must, "MUST", Group14,
        Section: "Server Extension APIs",
        Summary: "If an extension cannot guarantee agreement with environ, or is handed a start_response other than the original, it refuses service.",
        Quote: "If the extension API cannot guarantee that it will always agree with environ about the contents of HTTP headers, it must refuse service to the application...",
        Anchors: "—",
        Observability: "P");

    /// <summary>Apps keep required configuration variables to a minimum.</summary>
    public static readonly Rule ConfigAppMinimalVars = new(
        "config.app_minimal_vars", Party.App, Level.Should, "SHOULD", Group14,
        Section: "Application Configuration",
        Summary: "Apps keep required configuration variables to a minimum.",
        Quote: "Applications should try to keep such required variables to a minimum, since not all servers will support easy configuration of them.",
        Anchors: "—",
        Observability: "—");

    private static Rule[] InGroup14 => [HttpPlayDumb, HttpCacheValidationMay, HttpByteRangesMay, HttpAppContentEncoding, HttpAppNoInboundHopByHop, ThreadingSingleThreadedOption, ExtApiInvokeViaReplaced, ExtApiRefuseOnMismatch, ConfigAppMinimalVars];
}
