namespace Wsgi.Catalogue;

// Generated once from shared/spec/pep3333-rules.md by scripts/gen-catalogue.py; edit here from now on.
public static partial class Rules
{
    /// <summary>Middleware.</summary>
    public static readonly RuleGroup Group12 = new(12, "Middleware");

    /// <summary>Middleware meets both the server-side and the application-side requirements.</summary>
    public static readonly Rule MwBothSides = new(
        "mw.both_sides", Party.Middleware, Level.Must, "MUST", Group12,
        Section: "Middleware: Components that Play Both Sides",
        Summary: "Middleware meets both the server-side and the application-side requirements.",
        Quote: "",
        Anchors: "— (Rack docs: put Lint before and after middleware)",
        Observability: "P");

    /// <summary>Middleware does not block iteration waiting for several values from the app; if it must accumulate, it yields b''.</summary>
    public static readonly Rule MwNoBlockOnIteration = new(
        "mw.no_block_on_iteration", Party.Middleware, Level.MustNot, "MUST NOT", Group12,
        Section: "Middleware Handling of Block Boundaries",
        Summary: "Middleware does not block iteration waiting for several values from the app; if it must accumulate, it yields b''.",
        Quote: "",
        Anchors: "—",
        Observability: "P");

    /// <summary>Middleware yields at least one value each time the underlying app yields one.</summary>
    public static readonly Rule MwYieldPerAppYield = new(
        "mw.yield_per_app_yield", Party.Middleware, Level.Must, "MUST", Group12,
        Section: "Middleware Handling of Block Boundaries",
        Summary: "Middleware yields at least one value each time the underlying app yields one.",
        Quote: "",
        Anchors: "RK analog ('New body must yield at least once per iteration of old body')",
        Observability: "P");

    /// <summary>Middleware returns an iterable as soon as the wrapped app returns one.</summary>
    public static readonly Rule MwReturnIterablePromptly = new(
        "mw.return_iterable_promptly", Party.Middleware, Level.Must, "MUST", Group12,
        Section: "Middleware Handling of Block Boundaries",
        Summary: "Middleware returns an iterable as soon as the wrapped app returns one.",
        Quote: "",
        Anchors: "—",
        Observability: "P");

    /// <summary>Middleware does not use its parent's write() for data the app yielded; parent write() carries only data the app passed to the middleware's write().</summary>
    public static readonly Rule MwNoWriteForYielded = new(
        "mw.no_write_for_yielded", Party.Middleware, Level.MustNot, "MUST NOT", Group12,
        Section: "Middleware Handling of Block Boundaries",
        Summary: "Middleware does not use its parent's write() for data the app yielded; parent write() carries only data the app passed to the middleware's write().",
        Quote: "",
        Anchors: "—",
        Observability: "P");

    /// <summary>Middleware that wraps or replaces the iterable calls the wrapped iterable's close().</summary>
    public static readonly Rule MwCloseWrapped = new(
        "mw.close_wrapped", Party.Middleware, Level.Must, "MUST (as a server)", Group12,
        Section: "Specification Details; Middleware example",
        Summary: "Middleware that wraps or replaces the iterable calls the wrapped iterable's close().",
        Quote: "",
        Anchors: "RK ('new Body must also consume the original Body by calling close')",
        Observability: "P");

    /// <summary>Middleware may decline to re-raise exc_info, raising its own exception or storing the arguments instead.</summary>
    public static readonly Rule MwExcInfoMayIntercept = new(
        "mw.exc_info.may_intercept", Party.Middleware, Level.May, "MAY", Group12,
        Section: "Error Handling",
        Summary: "Middleware may decline to re-raise exc_info, raising its own exception or storing the arguments instead.",
        Quote: "",
        Anchors: "—",
        Observability: "—");

    /// <summary>Middleware that adds parsed data (cookies, forms, sessions) offers functions over environ rather than stuffing precomputed values into it.</summary>
    public static readonly Rule MwEnvironFunctions = new(
        "mw.environ_functions", Party.Middleware, Level.Should, "SHOULD", Group12,
        Section: "Server Extension APIs",
        Summary: "Middleware that adds parsed data (cookies, forms, sessions) offers functions over environ rather than stuffing precomputed values into it.",
        Quote: "",
        Anchors: "—",
        Observability: "—");

    private static Rule[] InGroup12 => [MwBothSides, MwNoBlockOnIteration, MwYieldPerAppYield, MwReturnIterablePromptly, MwNoWriteForYielded, MwCloseWrapped, MwExcInfoMayIntercept, MwEnvironFunctions];
}
