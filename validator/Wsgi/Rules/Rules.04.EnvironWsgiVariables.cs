namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>environ: wsgi.* variables.</summary>
    public static readonly RuleGroup Group04 = new(4, "environ: wsgi.* variables");

    /// <summary>wsgi.version is present.</summary>
    public static readonly Rule EnvironRequiredWsgiVersion = new(
        "environ.required.wsgi.version", Party.Server, Level.Must, "MUST", Group04,
        Section: "environ Variables",
        Summary: "wsgi.version is present.",
        Quote: "...and must contain the following WSGI-defined variables",
        Anchors: "WR, PL; WZ(w); RK2 (rack.version)",
        Observability: "E");

    /// <summary>wsgi.version is the tuple (1, 0).</summary>
    public static readonly Rule EnvironWsgiVersionValue = new(
        "environ.wsgi.version.value", Party.Server, Level.Must, "MUST", Group04,
        Section: "environ Variables",
        Summary: "wsgi.version is the tuple (1, 0).",
        Quote: "wsgi.version The tuple (1, 0), representing WSGI version 1.0.",
        Anchors: "WZ(w) (== (1, 0)); WR (type is tuple only); PL (isinstance tuple only)",
        Observability: "E");

    /// <summary>wsgi.url_scheme is present.</summary>
    public static readonly Rule EnvironRequiredWsgiUrlScheme = new(
        "environ.required.wsgi.url_scheme", Party.Server, Level.Must, "MUST", Group04,
        Section: "environ Variables",
        Summary: "wsgi.url_scheme is present.",
        Quote: "...and must contain the following WSGI-defined variables",
        Anchors: "WR, PL (KeyError when absent); RK",
        Observability: "E");

    /// <summary>Value is 'http' or 'https' (the PEP says 'normally').</summary>
    public static readonly Rule EnvironWsgiUrlSchemeValue = new(
        "environ.wsgi.url_scheme.value", Party.Server, Level.Should, "SHOULD", Group04,
        Section: "environ Variables",
        Summary: "Value is 'http' or 'https' (the PEP says 'normally').",
        Quote: "Normally, this will have the value \"http\" or \"https\", as appropriate.",
        Anchors: "WR, PL (in http/https); RK (http, https, ws, wss)",
        Observability: "E");

    /// <summary>'https' exactly when the request URL scheme is https (TLS, or as configured behind a trusted proxy).</summary>
    public static readonly Rule EnvironWsgiUrlSchemeMatchesTransport = new(
        "environ.wsgi.url_scheme.matches_transport", Party.Server, Level.Must, "MUST (implied)", Group04,
        Section: "environ Variables",
        Summary: "'https' exactly when the request URL scheme is https (TLS, or as configured behind a trusted proxy).",
        Quote: "A string representing the \"scheme\" portion of the URL at which the application is being invoked.",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>wsgi.input is present.</summary>
    public static readonly Rule EnvironRequiredWsgiInput = new(
        "environ.required.wsgi.input", Party.Server, Level.Must, "MUST", Group04,
        Section: "environ Variables",
        Summary: "wsgi.input is present.",
        Quote: "...and must contain the following WSGI-defined variables",
        Anchors: "WR, PL; WZ(w); RK2 (Rack 3 makes rack.input optional)",
        Observability: "E");

    /// <summary>wsgi.errors is present.</summary>
    public static readonly Rule EnvironRequiredWsgiErrors = new(
        "environ.required.wsgi.errors", Party.Server, Level.Must, "MUST", Group04,
        Section: "environ Variables",
        Summary: "wsgi.errors is present.",
        Quote: "...and must contain the following WSGI-defined variables",
        Anchors: "WR, PL; WZ(w); RK",
        Observability: "E");

    /// <summary>wsgi.multithread is present.</summary>
    public static readonly Rule EnvironRequiredWsgiMultithread = new(
        "environ.required.wsgi.multithread", Party.Server, Level.Must, "MUST", Group04,
        Section: "environ Variables",
        Summary: "wsgi.multithread is present.",
        Quote: "...and must contain the following WSGI-defined variables",
        Anchors: "WR, PL; WZ(w); RK2",
        Observability: "E");

    /// <summary>wsgi.multiprocess is present.</summary>
    public static readonly Rule EnvironRequiredWsgiMultiprocess = new(
        "environ.required.wsgi.multiprocess", Party.Server, Level.Must, "MUST", Group04,
        Section: "environ Variables",
        Summary: "wsgi.multiprocess is present.",
        Quote: "...and must contain the following WSGI-defined variables",
        Anchors: "WR, PL; WZ(w); RK2",
        Observability: "E");

    /// <summary>wsgi.run_once is present.</summary>
    public static readonly Rule EnvironRequiredWsgiRunOnce = new(
        "environ.required.wsgi.run_once", Party.Server, Level.Must, "MUST", Group04,
        Section: "environ Variables",
        Summary: "wsgi.run_once is present.",
        Quote: "...and must contain the following WSGI-defined variables",
        Anchors: "WR, PL; WZ(w); RK2",
        Observability: "E");

    /// <summary>True if and only if the same app object may be invoked at the same time by another thread in the process.</summary>
    public static readonly Rule EnvironWsgiMultithreadTruthful = new(
        "environ.wsgi.multithread.truthful", Party.Server, Level.Should, "SHOULD", Group04,
        Section: "environ Variables",
        Summary: "True if and only if the same app object may be invoked at the same time by another thread in the process.",
        Quote: "This value should evaluate true if the application object may be simultaneously invoked by another thread in the same process, and should evaluate false otherwise.",
        Anchors: "—",
        Observability: "P");

    /// <summary>True if and only if an equivalent app object may be invoked at the same time by another process.</summary>
    public static readonly Rule EnvironWsgiMultiprocessTruthful = new(
        "environ.wsgi.multiprocess.truthful", Party.Server, Level.Should, "SHOULD", Group04,
        Section: "environ Variables",
        Summary: "True if and only if an equivalent app object may be invoked at the same time by another process.",
        Quote: "This value should evaluate true if an equivalent application object may be simultaneously invoked by another process, and should evaluate false otherwise.",
        Anchors: "—",
        Observability: "P");

    /// <summary>True only when the server expects (does not guarantee) a single invocation per process, e.g. CGI; apps still tolerate re-invocation.</summary>
    public static readonly Rule EnvironWsgiRunOnceTruthful = new(
        "environ.wsgi.run_once.truthful", Party.Server, Level.Should, "SHOULD", Group04,
        Section: "environ Variables; Questions and Answers 7",
        Summary: "True only when the server expects (does not guarantee) a single invocation per process, e.g. CGI; apps still tolerate re-invocation.",
        Quote: "This value should evaluate true if the server or gateway expects (but does not guarantee!) that the application will only be invoked this one time during the life of its containing process.",
        Anchors: "—",
        Observability: "P");

    private static Rule[] InGroup04 => [EnvironRequiredWsgiVersion, EnvironWsgiVersionValue, EnvironRequiredWsgiUrlScheme, EnvironWsgiUrlSchemeValue, EnvironWsgiUrlSchemeMatchesTransport, EnvironRequiredWsgiInput, EnvironRequiredWsgiErrors, EnvironRequiredWsgiMultithread, EnvironRequiredWsgiMultiprocess, EnvironRequiredWsgiRunOnce, EnvironWsgiMultithreadTruthful, EnvironWsgiMultiprocessTruthful, EnvironWsgiRunOnceTruthful];
}
