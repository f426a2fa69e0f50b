namespace Wsgi.Catalogue;

// Generated once from shared/spec/pep3333-rules.md by scripts/gen-catalogue.py; edit here from now on.
public static partial class Rules
{
    /// <summary>Other HTTP features, threading, extension APIs, configuration.</summary>
    public static readonly RuleGroup Group14 = new(14, "Other HTTP features, threading, extension APIs, configuration");

    /// <summary>Server leaves the app in control of its output and makes only changes that keep the response's effective semantics.</summary>
    public static readonly Rule HttpPlayDumb = new(
        "http.play_dumb", Party.Server, Level.Should, "SHOULD", Group14,
        Section: "Other HTTP Features",
        Summary: "Server leaves the app in control of its output and makes only changes that keep the response's effective semantics.",
        Quote: "",
        Anchors: "—",
        Observability: "B");

    /// <summary>Server may handle If-None-Match / If-Modified-Since using the app's ETag / Last-Modified; apps should validate themselves if they need it.</summary>
    public static readonly Rule HttpCacheValidationMay = new(
        "http.cache_validation.may", Party.Server, Level.May, "MAY", Group14,
        Section: "Other HTTP Features",
        Summary: "Server may handle If-None-Match / If-Modified-Since using the app's ETag / Last-Modified; apps should validate themselves if they need it.",
        Quote: "",
        Anchors: "—",
        Observability: "B");

    /// <summary>Server may serve byte ranges of the app's response when the app does not.</summary>
    public static readonly Rule HttpByteRangesMay = new(
        "http.byte_ranges.may", Party.Server, Level.May, "MAY", Group14,
        Section: "Other HTTP Features",
        Summary: "Server may serve byte ranges of the app's response when the app does not.",
        Quote: "",
        Anchors: "—",
        Observability: "B");

    /// <summary>Apps apply a suitable content-coding themselves (transport coding stays with the server).</summary>
    public static readonly Rule HttpAppContentEncoding = new(
        "http.app.content_encoding", Party.App, Level.Should, "SHOULD", Group14,
        Section: "Other HTTP Features",
        Summary: "Apps apply a suitable content-coding themselves (transport coding stays with the server).",
        Quote: "",
        Anchors: "—",
        Observability: "—");

    /// <summary>Apps do not rely on incoming hop-by-hop headers found in environ.</summary>
    public static readonly Rule HttpAppNoInboundHopByHop = new(
        "http.app.no_inbound_hop_by_hop", Party.App, Level.MustNot, "MUST NOT", Group14,
        Section: "Other HTTP Features",
        Summary: "Apps do not rely on incoming hop-by-hop headers found in environ.",
        Quote: "",
        Anchors: "—",
        Observability: "—");

    /// <summary>Servers that run requests in parallel also offer a single-threaded mode.</summary>
    public static readonly Rule ThreadingSingleThreadedOption = new(
        "threading.single_threaded_option", Party.Server, Level.Should, "SHOULD", Group14,
        Section: "Thread Support",
        Summary: "Servers that run requests in parallel also offer a single-threaded mode.",
        Quote: "",
        Anchors: "—",
        Observability: "D");

    /// <summary>Extension APIs that replace WSGI functionality are invoked through the part they replace (e.g. take environ or start_response as an argument).</summary>
    public static readonly Rule ExtApiInvokeViaReplaced = new(
        "ext_api.invoke_via_replaced", Party.Server, Level.Must, "MUST", Group14,
        Section: "Server Extension APIs",
        Summary: "Extension APIs that replace WSGI functionality are invoked through the part they replace (e.g. take environ or start_response as an argument).",
        Quote: "",
        Anchors: "—",
        Observability: "P");

    /// <summary>If an extension cannot guarantee agreement with environ, or is handed a start_response other than the original, it refuses service.</summary>
    public static readonly Rule ExtApiRefuseOnMismatch = new(
        "ext_api.refuse_on_mismatch", Party.Server, Level.Must, "MUST", Group14,
        Section: "Server Extension APIs",
        Summary: "If an extension cannot guarantee agreement with environ, or is handed a start_response other than the original, it refuses service.",
        Quote: "",
        Anchors: "—",
        Observability: "P");

    /// <summary>Apps keep required configuration variables to a minimum.</summary>
    public static readonly Rule ConfigAppMinimalVars = new(
        "config.app_minimal_vars", Party.App, Level.Should, "SHOULD", Group14,
        Section: "Application Configuration",
        Summary: "Apps keep required configuration variables to a minimum.",
        Quote: "",
        Anchors: "—",
        Observability: "—");

    private static Rule[] InGroup14 => [HttpPlayDumb, HttpCacheValidationMay, HttpByteRangesMay, HttpAppContentEncoding, HttpAppNoInboundHopByHop, ThreadingSingleThreadedOption, ExtApiInvokeViaReplaced, ExtApiRefuseOnMismatch, ConfigAppMinimalVars];
}
