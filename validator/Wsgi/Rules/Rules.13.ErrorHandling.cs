namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>Error handling.</summary>
    public static readonly RuleGroup Group13 = new(13, "Error handling");

    /// <summary>Server traps and logs any exception that aborts the app or the iteration of its result.</summary>
    public static readonly Rule ErrorServerTrapAndLog = new(
        "error.server.trap_and_log", Party.Server, Level.Should, "SHOULD", Group13,
        Section: "Error Handling",
        Summary: "Server traps and logs any exception that aborts the app or the iteration of its result.",
        Quote: "Servers should trap and log any exception that aborts an application or the iteration of its return value.",
        Anchors: "—",
        Observability: "B+P");

    /// <summary>If part of the response was already sent, the server may append an error message when the sent Content-Type is text/*; otherwise it aborts the response.</summary>
    public static readonly Rule ErrorServerPartialResponse = new(
        "error.server.partial_response", Party.Server, Level.May, "MAY", Group13,
        Section: "Error Handling",
        Summary: "If part of the response was already sent, the server may append an error message when the sent Content-Type is text/*; otherwise it aborts the response.",
        Quote: "...the server or gateway may attempt to add an error message to the output, if the already-sent headers indicate a text/* content type that the server knows how to modify cleanly.",
        Anchors: "—",
        Observability: "B");

    /// <summary>An exception before headers are sent produces a 5xx response rather than a hung or empty connection.</summary>
    public static readonly Rule ErrorServer5xxBeforeHeaders = new(
        "error.server.5xx_before_headers", Party.Server, Level.Should, "ext (practice)", Group13,
        Section: "—",
        Summary: "An exception before headers are sent produces a 5xx response rather than a hung or empty connection.",
        Quote: "[practice] An exception raised before the headers are sent produces a 5xx response rather than a hung or empty connection.",
        Anchors: "—",
        Observability: "B");

    /// <summary>Apps try to trap their own errors and show a helpful message.</summary>
    public static readonly Rule ErrorAppTrapOwn = new(
        "error.app.trap_own", Party.App, Level.Should, "SHOULD", Group13,
        Section: "Error Handling",
        Summary: "Apps try to trap their own errors and show a helpful message.",
        Quote: "In general, applications should try to trap their own, internal errors, and display a helpful message in the browser.",
        Anchors: "—",
        Observability: "—");

    private static Rule[] InGroup13 => [ErrorServerTrapAndLog, ErrorServerPartialResponse, ErrorServer5xxBeforeHeaders, ErrorAppTrapOwn];
}
