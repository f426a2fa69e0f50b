namespace Wsgi.Catalogue;

// Generated once from shared/spec/pep3333-rules.md by scripts/gen-catalogue.py; edit here from now on.
public static partial class Rules
{
    /// <summary>wsgi.errors.</summary>
    public static readonly RuleGroup Group07 = new(7, "wsgi.errors");

    /// <summary>wsgi.errors provides flush(), write(str) and writelines(seq).</summary>
    public static readonly Rule ErrorsMethods = new(
        "errors.methods", Party.Server, Level.Must, "MUST", Group07,
        Section: "Input and Error Streams",
        Summary: "wsgi.errors provides flush(), write(str) and writelines(seq).",
        Quote: "",
        Anchors: "WR, PL (hasattr); RK (puts, write, flush)",
        Observability: "P");

    /// <summary>It is a text-mode stream: apps write '\n' and the server converts line endings.</summary>
    public static readonly Rule ErrorsTextMode = new(
        "errors.text_mode", Party.Server, Level.Should, "SHOULD", Group07,
        Section: "environ Variables (wsgi.errors)",
        Summary: "It is a text-mode stream: apps write '\\n' and the server converts line endings.",
        Quote: "",
        Anchors: "—",
        Observability: "P");

    /// <summary>Accepts and logs any str without raising; characters the stream cannot encode may be substituted.</summary>
    public static readonly Rule ErrorsUnicodeTolerant = new(
        "errors.unicode_tolerant", Party.Server, Level.Should, "SHOULD", Group07,
        Section: "environ Variables (wsgi.errors)",
        Summary: "Accepts and logs any str without raising; characters the stream cannot encode may be substituted.",
        Quote: "",
        Anchors: "—",
        Observability: "P");

    /// <summary>Writes may be forwarded unbuffered, in which case flush() may be a no-op.</summary>
    public static readonly Rule ErrorsFlushMayNoop = new(
        "errors.flush.may_noop", Party.Server, Level.May, "MAY", Group07,
        Section: "Input and Error Streams note 4",
        Summary: "Writes may be forwarded unbuffered, in which case flush() may be a no-op.",
        Quote: "",
        Anchors: "—",
        Observability: "—");

    /// <summary>Different apps may get different error streams.</summary>
    public static readonly Rule ErrorsPerAppMay = new(
        "errors.per_app.may", Party.Server, Level.May, "MAY", Group07,
        Section: "environ Variables (wsgi.errors)",
        Summary: "Different apps may get different error streams.",
        Quote: "",
        Anchors: "—",
        Observability: "—");

    /// <summary>Server documentation explains where wsgi.errors output goes and how to configure it.</summary>
    public static readonly Rule ErrorsDocumented = new(
        "errors.documented", Party.Server, Level.Should, "SHOULD", Group07,
        Section: "environ Variables (wsgi.errors)",
        Summary: "Server documentation explains where wsgi.errors output goes and how to configure it.",
        Quote: "",
        Anchors: "—",
        Observability: "D");

    /// <summary>The app writes str (not bytes) to wsgi.errors, also through writelines.</summary>
    public static readonly Rule ErrorsAppWriteStr = new(
        "errors.app.write_str", Party.App, Level.Must, "MUST", Group07,
        Section: "Input and Error Streams; Unicode Issues",
        Summary: "The app writes str (not bytes) to wsgi.errors, also through writelines.",
        Quote: "",
        Anchors: "WR (type is str); PL (isinstance); WZ(w); RK",
        Observability: "P");

    /// <summary>Apps call flush() when they need the output actually written.</summary>
    public static readonly Rule ErrorsAppFlush = new(
        "errors.app.flush", Party.App, Level.Must, "MUST (portable apps)", Group07,
        Section: "Input and Error Streams note 4",
        Summary: "Apps call flush() when they need the output actually written.",
        Quote: "",
        Anchors: "—",
        Observability: "—");

    /// <summary>The app uses no other method or attribute of wsgi.errors.</summary>
    public static readonly Rule ErrorsAppNoOtherAttrs = new(
        "errors.app.no_other_attrs", Party.App, Level.MustNot, "MUST NOT", Group07,
        Section: "Input and Error Streams",
        Summary: "The app uses no other method or attribute of wsgi.errors.",
        Quote: "",
        Anchors: "WR, PL, WZ (implicit: wrappers)",
        Observability: "P");

    /// <summary>The app never closes wsgi.errors.</summary>
    public static readonly Rule ErrorsAppNoClose = new(
        "errors.app.no_close", Party.App, Level.MustNot, "MUST NOT", Group07,
        Section: "Input and Error Streams",
        Summary: "The app never closes wsgi.errors.",
        Quote: "",
        Anchors: "WR, PL (assert); WZ(w); RK",
        Observability: "P");

    private static Rule[] InGroup07 => [ErrorsMethods, ErrorsTextMode, ErrorsUnicodeTolerant, ErrorsFlushMayNoop, ErrorsPerAppMay, ErrorsDocumented, ErrorsAppWriteStr, ErrorsAppFlush, ErrorsAppNoOtherAttrs, ErrorsAppNoClose];
}
