namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>wsgi.errors.</summary>
    public static readonly RuleGroup Group07 = new(7, "wsgi.errors");

    /// <summary>wsgi.errors provides flush(), write(str) and writelines(seq).</summary>
    public static readonly Rule ErrorsMethods = new(
        "errors.methods", Party.Server, Level.Must, "MUST", Group07,
        Section: "Input and Error Streams",
        Summary: "wsgi.errors provides flush(), write(str) and writelines(seq).",
        Quote: "The input and error streams provided by the server must support the following methods",
        Anchors: "WR, PL (hasattr); RK (puts, write, flush)",
        Observability: "P");

    /// <summary>It is a text-mode stream: apps write '\n' and the server converts line endings.</summary>
    public static readonly Rule ErrorsTextMode = new(
        "errors.text_mode", Party.Server, Level.Should, "SHOULD", Group07,
        Section: "environ Variables (wsgi.errors)",
        Summary: "It is a text-mode stream: apps write '\\n' and the server converts line endings.",
        Quote: "This should be a \"text mode\" stream; i.e., applications should use...",
        Anchors: "—",
        Observability: "P");

    /// <summary>Accepts and logs any str without raising; characters the stream cannot encode may be substituted.</summary>
    public static readonly Rule ErrorsUnicodeTolerant = new(
        "errors.unicode_tolerant", Party.Server, Level.Should, "SHOULD", Group07,
        Section: "environ Variables (wsgi.errors)",
        Summary: "Accepts and logs any str without raising; characters the stream cannot encode may be substituted.",
        Quote: "On platforms where the str type is unicode, the error stream should accept and log arbitrary unicode without raising an error...",
        Anchors: "—",
        Observability: "P");

    /// <summary>Writes may be forwarded unbuffered, in which case flush() may be a no-op.</summary>
    public static readonly Rule ErrorsFlushMayNoop = new(
        "errors.flush.may_noop", Party.Server, Level.May, "MAY", Group07,
        Section: "Input and Error Streams note 4",
        Summary: "Writes may be forwarded unbuffered, in which case flush() may be a no-op.",
        Quote: "In this case, the flush() method may be a no-op.",
        Anchors: "—",
        Observability: "—");

    /// <summary>Different apps may get different error streams.</summary>
    public static readonly Rule ErrorsPerAppMay = new(
        "errors.per_app.may", Party.Server, Level.May, "MAY", Group07,
        Section: "environ Variables (wsgi.errors)",
        Summary: "Different apps may get different error streams.",
        Quote: "A server or gateway may supply different error streams to different applications, if this is desired.",
        Anchors: "—",
        Observability: "—");

    /// <summary>Server documentation explains where wsgi.errors output goes and how to configure it.</summary>
    public static readonly Rule ErrorsDocumented = new(
        "errors.documented", Party.Server, Level.Should, "SHOULD", Group07,
        Section: "environ Variables (wsgi.errors)",
        Summary: "Server documentation explains where wsgi.errors output goes and how to configure it.",
        Quote: "The server's documentation should include an explanation of how to configure this or where to find the recorded output.",
        Anchors: "—",
        Observability: "D");

    /// <summary>The app writes str (not bytes) to wsgi.errors, also through writelines.</summary>
    public static readonly Rule ErrorsAppWriteStr = new(
        "errors.app.write_str", Party.App, Level.Must, "MUST", Group07,
        Section: "Input and Error Streams; Unicode Issues",
        Summary: "The app writes str (not bytes) to wsgi.errors, also through writelines.",
        Quote: "In short: where you see the word \"string\" in this document, it refers to a \"native\" string, i.e., an object of type str...",
        Anchors: "WR (type is str); PL (isinstance); WZ(w); RK",
        Observability: "P");

    /// <summary>Apps call flush() when they need the output actually written.</summary>
    public static readonly Rule ErrorsAppFlush = new(
        "errors.app.flush", Party.App, Level.Must, "MUST (portable apps)", Group07,
        Section: "Input and Error Streams note 4",
        Summary: "Apps call flush() when they need the output actually written.",
        Quote: "They must call flush() if they need to ensure that output has in fact been written.",
        Anchors: "—",
        Observability: "—");

    /// <summary>The app uses no other method or attribute of wsgi.errors.</summary>
    public static readonly Rule ErrorsAppNoOtherAttrs = new(
        "errors.app.no_other_attrs", Party.App, Level.MustNot, "MUST NOT", Group07,
        Section: "Input and Error Streams",
        Summary: "The app uses no other method or attribute of wsgi.errors.",
        Quote: "Applications conforming to this specification must not use any other methods or attributes of the input or errors objects.",
        Anchors: "WR, PL, WZ (implicit: wrappers)",
        Observability: "P");

    /// <summary>The app never closes wsgi.errors.</summary>
    public static readonly Rule ErrorsAppNoClose = new(
        "errors.app.no_close", Party.App, Level.MustNot, "MUST NOT", Group07,
        Section: "Input and Error Streams",
        Summary: "The app never closes wsgi.errors.",
        Quote: "In particular, applications must not attempt to close these streams, even if they possess close() methods.",
        Anchors: "WR, PL (assert); WZ(w); RK",
        Observability: "P");

    private static Rule[] InGroup07 => [ErrorsMethods, ErrorsTextMode, ErrorsUnicodeTolerant, ErrorsFlushMayNoop, ErrorsPerAppMay, ErrorsDocumented, ErrorsAppWriteStr, ErrorsAppFlush, ErrorsAppNoOtherAttrs, ErrorsAppNoClose];
}
