namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>Invocation and the application object.</summary>
    public static readonly RuleGroup Group01 = new(1, "Invocation and the application object");

    /// <summary>Server calls the app with exactly two positional arguments (environ, start_response), never by keyword.</summary>
    public static readonly Rule InvokePositionalTwoArgs = new(
        "invoke.positional_two_args", Party.Server, Level.Must, "MUST", Group01,
        Section: "Specification Details",
        Summary: "Server calls the app with exactly two positional arguments (environ, start_response), never by keyword.",
        Quote: "A server or gateway must invoke the application object using positional (not keyword) arguments.",
        Anchors: "WR, PL (assert 2 args, no kwargs); WZ(w); RK (exactly one env arg)",
        Observability: "P");

    /// <summary>App object is a callable (function, method, class, or instance with `__call__`) taking two positional arguments; parameter names are free.</summary>
    public static readonly Rule AppCallableTwoArgs = new(
        "app.callable_two_args", Party.App, Level.Must, "MUST", Group01,
        Section: "Specification Details; The Application/Framework Side",
        Summary: "App object is a callable (function, method, class, or instance with `__call__`) taking two positional arguments; parameter names are free.",
        Quote: "The application object must accept two positional arguments.",
        Anchors: "RK (app responds to call)",
        Observability: "P");

    /// <summary>App object can be invoked more than once (every server but CGI calls it per request).</summary>
    public static readonly Rule AppReinvocable = new(
        "app.reinvocable", Party.App, Level.Must, "MUST", Group01,
        Section: "The Application/Framework Side",
        Summary: "App object can be invoked more than once (every server but CGI calls it per request).",
        Quote: "Application objects must be able to be invoked more than once, as virtually all servers/gateways (other than CGI) will make such repeated requests.",
        Anchors: "—",
        Observability: "B");

    /// <summary>Server invokes the app callable once for each request directed at it.</summary>
    public static readonly Rule InvokeOncePerRequest = new(
        "invoke.once_per_request", Party.Server, Level.Must, "MUST", Group01,
        Section: "The Server/Gateway Side",
        Summary: "Server invokes the app callable once for each request directed at it.",
        Quote: "The server or gateway invokes the application callable once for each request it receives from an HTTP client, that is directed at the application.",
        Anchors: "—",
        Observability: "P");

    /// <summary>Code invoking a WSGI callable does not depend on what kind of callable it got; callables are called, never introspected.</summary>
    public static readonly Rule CallableNoIntrospection = new(
        "callable.no_introspection", Party.Both, Level.MustNot, "MUST NOT", Group01,
        Section: "Specification Overview",
        Summary: "Code invoking a WSGI callable does not depend on what kind of callable it got; callables are called, never introspected.",
        Quote: "...a server, gateway, or application that is invoking a callable must not have any dependency on what kind of callable was provided to it.",
        Anchors: "—",
        Observability: "P");

    private static Rule[] InGroup01 => [InvokePositionalTwoArgs, AppCallableTwoArgs, AppReinvocable, InvokeOncePerRequest, CallableNoIntrospection];
}
