namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>Middleware.</summary>
    public static readonly RuleGroup Group12 = new(12, "Middleware");

    /// <summary>Middleware meets both the server-side and the application-side requirements.</summary>
    public static readonly Rule MwBothSides = new(
        "mw.both_sides", Party.Middleware, Level.Must, "MUST", Group12,
        Section: "Middleware: Components that Play Both Sides",
        Summary: "Middleware meets both the server-side and the application-side requirements.",
        Quote: "For the most part, middleware must conform to the restrictions and requirements of both the server and application sides of WSGI.",
        Anchors: "— (Rack docs: put Lint before and after middleware)",
        Observability: "P");

    /// <summary>Middleware does not block iteration waiting for several values from the app; if it must accumulate, it yields b''.</summary>
    public static readonly Rule MwNoBlockOnIteration = new(
        "mw.no_block_on_iteration", Party.Middleware, Level.MustNot, "MUST NOT", Group12,
        Section: "Middleware Handling of Block Boundaries",
        Summary: "Middleware does not block iteration waiting for several values from the app; if it must accumulate, it yields b''.",
        Quote: "...middleware components must not block iteration waiting for multiple values from an application iterable.",
        Anchors: "—",
        Observability: "P");

    /// <summary>Middleware yields at least one value each time the underlying app yields one.</summary>
    public static readonly Rule MwYieldPerAppYield = new(
        "mw.yield_per_app_yield", Party.Middleware, Level.Must, "MUST", Group12,
        Section: "Middleware Handling of Block Boundaries",
        Summary: "Middleware yields at least one value each time the underlying app yields one.",
        Quote: "To put this requirement another way, a middleware component must yield at least one value each time its underlying application yields a value.",
        Anchors: "RK analog ('New body must yield at least once per iteration of old body')",
        Observability: "P");

    /// <summary>Middleware returns an iterable as soon as the wrapped app returns one.</summary>
    public static readonly Rule MwReturnIterablePromptly = new(
        "mw.return_iterable_promptly", Party.Middleware, Level.Must, "MUST", Group12,
        Section: "Middleware Handling of Block Boundaries",
        Summary: "Middleware returns an iterable as soon as the wrapped app returns one.",
        Quote: "Note also that this requirement means that middleware must return an iterable as soon as its underlying application returns an iterable.",
        Anchors: "—",
        Observability: "P");

    /// <summary>Middleware does not use its parent's write() for data the app yielded; parent write() carries only data the app passed to the middleware's write().</summary>
    public static readonly Rule MwNoWriteForYielded = new(
        "mw.no_write_for_yielded", Party.Middleware, Level.MustNot, "MUST NOT", Group12,
        Section: "Middleware Handling of Block Boundaries",
        Summary: "Middleware does not use its parent's write() for data the app yielded; parent write() carries only data the app passed to the middleware's write().",
        Quote: "It is also forbidden for middleware to use the write() callable to transmit data that is yielded by an underlying application.",
        Anchors: "—",
        Observability: "P");

    /// <summary>Middleware that wraps or replaces the iterable calls the wrapped iterable's close().</summary>
    public static readonly Rule MwCloseWrapped = new(
        "mw.close_wrapped", Party.Middleware, Level.Must, "MUST (as a server)", Group12,
        Section: "Specification Details; Middleware example",
        Summary: "Middleware that wraps or replaces the iterable calls the wrapped iterable's close().",
        Quote: "if hasattr(result, 'close'): self.close = result.close",
        Anchors: "RK ('new Body must also consume the original Body by calling close')",
        Observability: "P");

    /// <summary>Middleware may decline to re-raise exc_info, raising its own exception or storing the arguments instead.</summary>
    public static readonly Rule MwExcInfoMayIntercept = new(
        "mw.exc_info.may_intercept", Party.Middleware, Level.May, "MAY", Group12,
        Section: "Error Handling",
        Summary: "Middleware may decline to re-raise exc_info, raising its own exception or storing the arguments instead.",
        Quote: "...middleware may choose to not re-raise the exc_info supplied to start_response, but instead raise a middleware-specific exception, or simply return without an exception...",
        Anchors: "—",
        Observability: "—");

    /// <summary>Middleware that adds parsed data (cookies, forms, sessions) offers functions over environ rather than stuffing precomputed values into it.</summary>
    public static readonly Rule MwEnvironFunctions = new(
        "mw.environ_functions", Party.Middleware, Level.Should, "SHOULD", Group12,
        Section: "Server Extension APIs",
        Summary: "Middleware that adds parsed data (cookies, forms, sessions) offers functions over environ rather than stuffing precomputed values into it.",
        Quote: "Specifically, such middleware should provide these features as functions which operate on environ, rather than simply stuffing values into environ.",
        Anchors: "—",
        Observability: "—");

    private static Rule[] InGroup12 => [MwBothSides, MwNoBlockOnIteration, MwYieldPerAppYield, MwReturnIterablePromptly, MwNoWriteForYielded, MwCloseWrapped, MwExcInfoMayIntercept, MwEnvironFunctions];
}
