namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>The write() callable.</summary>
    public static readonly RuleGroup Group09 = new(9, "The write() callable");

    /// <summary>The argument to write() is bytes.</summary>
    public static readonly Rule WriteBytes = new(
        "write.bytes", Party.App, Level.Must, "MUST", Group09,
        Section: "Unicode Issues; Specification Details",
        Summary: "The argument to write() is bytes.",
        Quote: "The write() callable is returned by the start_response() callable, and it accepts a single parameter: a bytestring to be written as part of the HTTP response body...",
        Anchors: "WR (type is bytes); PL (isinstance); WZ(w)",
        Observability: "P");

    /// <summary>write() takes exactly one positional argument.</summary>
    public static readonly Rule WriteSinglePositional = new(
        "write.single_positional", Party.App, Level.Must, "MUST", Group09,
        Section: "Specification Details",
        Summary: "write() takes exactly one positional argument.",
        Quote: "...a write(body_data) callable that takes one positional parameter...",
        Anchors: "WR, PL (implicit, wrapper signature)",
        Observability: "P");

    /// <summary>Before write() returns, the data is fully sent or buffered for transmission while the app carries on.</summary>
    public static readonly Rule WriteSentOrQueued = new(
        "write.sent_or_queued", Party.Server, Level.Must, "MUST", Group09,
        Section: "The write() Callable",
        Summary: "Before write() returns, the data is fully sent or buffered for transmission while the app carries on.",
        Quote: "In other words, before write() returns, it must guarantee that the passed-in bytestring was either completely sent to the client, or that it is buffered for transmission while the application proceeds onward.",
        Anchors: "—",
        Observability: "B");

    /// <summary>Written data is treated exactly as if it had been yielded (same no-delay rules).</summary>
    public static readonly Rule WriteSameAsYield = new(
        "write.same_as_yield", Party.Server, Level.Must, "MUST", Group09,
        Section: "The write() Callable",
        Summary: "Written data is treated exactly as if it had been yielded (same no-delay rules).",
        Quote: "...a bytestring to be written as part of the HTTP response body, that is treated exactly as though it had been yielded by the output iterable.",
        Anchors: "—",
        Observability: "B");

    /// <summary>The app never calls write() from within its returned iterable.</summary>
    public static readonly Rule WriteAppNotFromIterable = new(
        "write.app.not_from_iterable", Party.App, Level.MustNot, "MUST NOT", Group09,
        Section: "The write() Callable",
        Summary: "The app never calls write() from within its returned iterable.",
        Quote: "Applications must not invoke write() from within their return iterable...",
        Anchors: "—",
        Observability: "P");

    /// <summary>Bytestrings the iterable yields are sent after all data passed to write().</summary>
    public static readonly Rule WriteOrdering = new(
        "write.ordering", Party.Server, Level.Must, "MUST", Group09,
        Section: "The write() Callable",
        Summary: "Bytestrings the iterable yields are sent after all data passed to write().",
        Quote: "...and therefore any bytestrings yielded by the iterable are transmitted after all bytestrings passed to write() have been sent to the client.",
        Anchors: "—",
        Observability: "B");

    /// <summary>New apps avoid write() where they can.</summary>
    public static readonly Rule WriteDiscouraged = new(
        "write.discouraged", Party.App, Level.ShouldNot, "SHOULD NOT", Group09,
        Section: "Specification Details; The write() Callable",
        Summary: "New apps avoid write() where they can.",
        Quote: "New WSGI applications and frameworks should not use the write() callable if it is possible to avoid doing so.",
        Anchors: "—",
        Observability: "P");

    /// <summary>Server raises an error if the app write()s beyond its declared Content-Length.</summary>
    public static readonly Rule WritePastContentLength = new(
        "write.past_content_length", Party.Server, Level.Should, "SHOULD", Group09,
        Section: "Handling the Content-Length Header",
        Summary: "Server raises an error if the app write()s beyond its declared Content-Length.",
        Quote: "...should stop iterating over the response when enough data has been sent, or raise an error if the application tries to write() past that point.",
        Anchors: "—",
        Observability: "P");

    /// <summary>The app returns an iterable even if write() produced all of the output; it may be empty.</summary>
    public static readonly Rule WriteAppReturnIterable = new(
        "write.app.return_iterable", Party.App, Level.Must, "MUST", Group09,
        Section: "The write() Callable",
        Summary: "The app returns an iterable even if write() produced all of the output; it may be empty.",
        Quote: "An application must return an iterable object, even if it uses write() to produce all or part of its response body.",
        Anchors: "WR, PL (return value not None/False)",
        Observability: "P");

    /// <summary>Non-empty bytestrings the iterable yields after write() use are sent or queued at once.</summary>
    public static readonly Rule WriteIterableOutputSent = new(
        "write.iterable_output_sent", Party.Server, Level.Must, "MUST", Group09,
        Section: "The write() Callable",
        Summary: "Non-empty bytestrings the iterable yields after write() use are sent or queued at once.",
        Quote: "...but if it does yield non-empty bytestrings, that output must be treated normally by the server or gateway (i.e., it must be sent or queued immediately).",
        Anchors: "—",
        Observability: "B");

    private static Rule[] InGroup09 => [WriteBytes, WriteSinglePositional, WriteSentOrQueued, WriteSameAsYield, WriteAppNotFromIterable, WriteOrdering, WriteDiscouraged, WritePastContentLength, WriteAppReturnIterable, WriteIterableOutputSent];
}
