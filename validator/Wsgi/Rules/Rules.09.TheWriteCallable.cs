namespace Wsgi.Catalogue;

// Generated once from shared/spec/pep3333-rules.md by scripts/gen-catalogue.py; edit here from now on.
public static partial class Rules
{
    /// <summary>The write() callable.</summary>
    public static readonly RuleGroup Group09 = new(9, "The write() callable");

    /// <summary>The argument to write() is bytes.</summary>
    public static readonly Rule WriteBytes = new(
        "write.bytes", Party.App, Level.Must, "MUST", Group09,
        Section: "Unicode Issues; Specification Details",
        Summary: "The argument to write() is bytes.",
        Quote: "",
        Anchors: "WR (type is bytes); PL (isinstance); WZ(w)",
        Observability: "P");

    /// <summary>write() takes exactly one positional argument.</summary>
    public static readonly Rule WriteSinglePositional = new(
        "write.single_positional", Party.App, Level.Must, "MUST", Group09,
        Section: "Specification Details",
        Summary: "write() takes exactly one positional argument.",
        Quote: "",
        Anchors: "WR, PL (implicit, wrapper signature)",
        Observability: "P");

    /// <summary>Before write() returns, the data is fully sent or buffered for transmission while the app carries on.</summary>
    public static readonly Rule WriteSentOrQueued = new(
        "write.sent_or_queued", Party.Server, Level.Must, "MUST", Group09,
        Section: "The write() Callable",
        Summary: "Before write() returns, the data is fully sent or buffered for transmission while the app carries on.",
        Quote: "",
        Anchors: "—",
        Observability: "B");

    /// <summary>Written data is treated exactly as if it had been yielded (same no-delay rules).</summary>
    public static readonly Rule WriteSameAsYield = new(
        "write.same_as_yield", Party.Server, Level.Must, "MUST", Group09,
        Section: "The write() Callable",
        Summary: "Written data is treated exactly as if it had been yielded (same no-delay rules).",
        Quote: "",
        Anchors: "—",
        Observability: "B");

    /// <summary>The app never calls write() from within its returned iterable.</summary>
    public static readonly Rule WriteAppNotFromIterable = new(
        "write.app.not_from_iterable", Party.App, Level.MustNot, "MUST NOT", Group09,
        Section: "The write() Callable",
        Summary: "The app never calls write() from within its returned iterable.",
        Quote: "",
        Anchors: "—",
        Observability: "P");

    /// <summary>Bytestrings the iterable yields are sent after all data passed to write().</summary>
    public static readonly Rule WriteOrdering = new(
        "write.ordering", Party.Server, Level.Must, "MUST", Group09,
        Section: "The write() Callable",
        Summary: "Bytestrings the iterable yields are sent after all data passed to write().",
        Quote: "",
        Anchors: "—",
        Observability: "B");

    /// <summary>New apps avoid write() where they can.</summary>
    public static readonly Rule WriteDiscouraged = new(
        "write.discouraged", Party.App, Level.ShouldNot, "SHOULD NOT", Group09,
        Section: "Specification Details; The write() Callable",
        Summary: "New apps avoid write() where they can.",
        Quote: "",
        Anchors: "—",
        Observability: "P");

    /// <summary>Server raises an error if the app write()s beyond its declared Content-Length.</summary>
    public static readonly Rule WritePastContentLength = new(
        "write.past_content_length", Party.Server, Level.Should, "SHOULD", Group09,
        Section: "Handling the Content-Length Header",
        Summary: "Server raises an error if the app write()s beyond its declared Content-Length.",
        Quote: "",
        Anchors: "—",
        Observability: "P");

    /// <summary>The app returns an iterable even if write() produced all of the output; it may be empty.</summary>
    public static readonly Rule WriteAppReturnIterable = new(
        "write.app.return_iterable", Party.App, Level.Must, "MUST", Group09,
        Section: "The write() Callable",
        Summary: "The app returns an iterable even if write() produced all of the output; it may be empty.",
        Quote: "",
        Anchors: "WR, PL (return value not None/False)",
        Observability: "P");

    /// <summary>Non-empty bytestrings the iterable yields after write() use are sent or queued at once.</summary>
    public static readonly Rule WriteIterableOutputSent = new(
        "write.iterable_output_sent", Party.Server, Level.Must, "MUST", Group09,
        Section: "The write() Callable",
        Summary: "Non-empty bytestrings the iterable yields after write() use are sent or queued at once.",
        Quote: "",
        Anchors: "—",
        Observability: "B");

    private static Rule[] InGroup09 => [WriteBytes, WriteSinglePositional, WriteSentOrQueued, WriteSameAsYield, WriteAppNotFromIterable, WriteOrdering, WriteDiscouraged, WritePastContentLength, WriteAppReturnIterable, WriteIterableOutputSent];
}
