namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>wsgi.input.</summary>
    public static readonly RuleGroup Group05 = new(5, "wsgi.input");

    /// <summary>wsgi.input provides read(size), readline(), readlines(hint) and `__iter__()`.</summary>
    public static readonly Rule InputMethods = new(
        "input.methods", Party.Server, Level.Must, "MUST", Group05,
        Section: "Input and Error Streams",
        Summary: "wsgi.input provides read(size), readline(), readlines(hint) and `__iter__()`.",
        Quote: "The methods listed in the table above must be supported by all servers conforming to this specification.",
        Anchors: "WR, PL (hasattr for all four); RK (gets, each, read); WZ(w) notices a non-iterable stream only when it is iterated",
        Observability: "P");

    /// <summary>These methods behave as the Python library documents for files, except where the notes below say otherwise.</summary>
    public static readonly Rule InputPythonSemantics = new(
        "input.python_semantics", Party.Server, Level.Must, "MUST", Group05,
        Section: "Input and Error Streams",
        Summary: "These methods behave as the Python library documents for files, except where the notes below say otherwise.",
        Quote: "The semantics of each method are as documented in the Python Library Reference, except for these notes as listed in the table above",
        Anchors: "—",
        Observability: "P");

    /// <summary>Everything read from wsgi.input (read, readline, readlines items, iteration) is bytes.</summary>
    public static readonly Rule InputReturnsBytes = new(
        "input.returns_bytes", Party.Server, Level.Must, "MUST", Group05,
        Section: "Unicode Issues; Input and Error Streams",
        Summary: "Everything read from wsgi.input (read, readline, readlines items, iteration) is bytes.",
        Quote: "For values referred to in this specification as \"bytestrings\" (i.e., values read from wsgi.input, passed to write() or yielded by the application), the value must be of type bytes under Python 3...",
        Anchors: "WR (type is bytes; readlines returns a list); PL (isinstance); RK (String or nil)",
        Observability: "P");

    /// <summary>read(n) returns no more than n bytes.</summary>
    public static readonly Rule InputReadAtMostSize = new(
        "input.read.at_most_size", Party.Server, Level.Must, "MUST (implied)", Group05,
        Section: "Input and Error Streams",
        Summary: "read(n) returns no more than n bytes.",
        Quote: "The semantics of each method are as documented in the Python Library Reference...",
        Anchors: "—",
        Observability: "P");

    /// <summary>Server need not read past CONTENT_LENGTH and should simulate end-of-file if the app tries to.</summary>
    public static readonly Rule InputEofAtContentLength = new(
        "input.eof_at_content_length", Party.Server, Level.Should, "SHOULD", Group05,
        Section: "Input and Error Streams note 1",
        Summary: "Server need not read past CONTENT_LENGTH and should simulate end-of-file if the app tries to.",
        Quote: "The server is not required to read past the client's specified Content-Length, and should simulate an end-of-file condition if the application attempts to read past that point.",
        Anchors: "—",
        Observability: "P");

    /// <summary>read() with no argument is allowed and returns the rest of the body.</summary>
    public static readonly Rule InputReadNoArg = new(
        "input.read.no_arg", Party.Server, Level.Should, "SHOULD", Group05,
        Section: "Input and Error Streams note 1",
        Summary: "read() with no argument is allowed and returns the rest of the body.",
        Quote: "A server should allow read() to be called without an argument, and return the remainder of the client's input stream.",
        Anchors: "— (WR forbids the call app-side; WZ(w) warns)",
        Observability: "P");

    /// <summary>Reads on an empty or exhausted stream return b''.</summary>
    public static readonly Rule InputReadExhaustedEmpty = new(
        "input.read.exhausted_empty", Party.Server, Level.Should, "SHOULD", Group05,
        Section: "Input and Error Streams note 1",
        Summary: "Reads on an empty or exhausted stream return b''.",
        Quote: "A server should return empty bytestrings from any attempt to read from an empty or exhausted input stream.",
        Anchors: "RK analog (read(nil) must return '' rather than nil at EOF)",
        Observability: "P");

    /// <summary>readline(size) is supported (it was optional in WSGI 1.0).</summary>
    public static readonly Rule InputReadlineSize = new(
        "input.readline.size", Party.Server, Level.Should, "SHOULD", Group05,
        Section: "Input and Error Streams note 2",
        Summary: "readline(size) is supported (it was optional in WSGI 1.0).",
        Quote: "Servers should support the optional \"size\" argument to readline(), but as in WSGI 1.0, they are allowed to omit support for it.",
        Anchors: "— (WR, PL accept it; WZ(w) warns apps that use it)",
        Observability: "P");

    /// <summary>The hint argument is optional for callers and may be ignored by servers.</summary>
    public static readonly Rule InputReadlinesHint = new(
        "input.readlines.hint", Party.Server, Level.May, "MAY", Group05,
        Section: "Input and Error Streams note 3",
        Summary: "The hint argument is optional for callers and may be ignored by servers.",
        Quote: "Note that the hint argument to readlines() is optional for both caller and implementer.",
        Anchors: "WR, PL (at most one argument)",
        Observability: "P");

    /// <summary>Iterating wsgi.input yields the body line by line, as bytes, until EOF.</summary>
    public static readonly Rule InputIterLines = new(
        "input.iter.lines", Party.Server, Level.Must, "MUST", Group05,
        Section: "Input and Error Streams",
        Summary: "Iterating wsgi.input yields the body line by line, as bytes, until EOF.",
        Quote: "wsgi.input An input stream (file-like object) from which the HTTP request body bytes can be read.",
        Anchors: "WR, PL (re-implemented over readline); WZ(w) (not iterable); RK (each yields String)",
        Observability: "P");

    /// <summary>Server may read the body on demand or pre-read and buffer it in memory or on disk.</summary>
    public static readonly Rule InputBufferingMay = new(
        "input.buffering.may", Party.Server, Level.May, "MAY", Group05,
        Section: "environ Variables (wsgi.input)",
        Summary: "Server may read the body on demand or pre-read and buffer it in memory or on disk.",
        Quote: "The server or gateway may perform reads on-demand as requested by the application, or it may pre-read the client's request body and buffer it in-memory or on disk...",
        Anchors: "—",
        Observability: "—");

    /// <summary>Server handles supported inbound hop-by-hop features itself, e.g. decodes a chunked request Transfer-Encoding so wsgi.input yields the de-chunked body and then EOF.</summary>
    public static readonly Rule InputChunkedDecoded = new(
        "input.chunked_decoded", Party.Server, Level.Must, "MUST", Group05,
        Section: "Other HTTP Features",
        Summary: "Server handles supported inbound hop-by-hop features itself, e.g. decodes a chunked request Transfer-Encoding so wsgi.input yields the de-chunked body and then EOF.",
        Quote: "WSGI servers must handle any supported inbound \"hop-by-hop\" headers on their own, such as by decoding any inbound Transfer-Encoding, including chunked encoding if applicable.",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>The app does not try to read more than CONTENT_LENGTH bytes.</summary>
    public static readonly Rule InputAppNoOverread = new(
        "input.app.no_overread", Party.App, Level.ShouldNot, "SHOULD NOT", Group05,
        Section: "Input and Error Streams note 1",
        Summary: "The app does not try to read more than CONTENT_LENGTH bytes.",
        Quote: "The application should not attempt to read more data than is specified by the CONTENT_LENGTH variable.",
        Anchors: "— (WR/WZ police only the read() argument count)",
        Observability: "P");

    /// <summary>read() without a size is flagged because a conforming server may never return from it.</summary>
    public static readonly Rule InputAppReadSizeRequired = new(
        "input.app.read_size_required", Party.App, Level.Should, "ext (WSGI 1.0 portability)", Group05,
        Section: "Input and Error Streams note 1 (contrast)",
        Summary: "read() without a size is flagged because a conforming server may never return from it.",
        Quote: "[WSGI 1.0 portability] read() is called with a size argument; without one, a WSGI 1.0 server may never return from it.",
        Anchors: "WR (assert exactly one argument); WZ(w)",
        Observability: "P");

    /// <summary>readline() without size is flagged as unsafe; readline(size) is flagged as unsupported in WSGI 1.0.</summary>
    public static readonly Rule InputAppReadlineArgs = new(
        "input.app.readline_args", Party.App, Level.Should, "ext (WSGI 1.0 portability)", Group05,
        Section: "Input and Error Streams note 2 (contrast)",
        Summary: "readline() without size is flagged as unsafe; readline(size) is flagged as unsupported in WSGI 1.0.",
        Quote: "[WSGI 1.0 portability] readline() without a size is flagged as unsafe, and readline(size) as unsupported in WSGI 1.0.",
        Anchors: "WZ(w) (both); WZ raises TypeError for more than one argument",
        Observability: "P");

    /// <summary>read takes one size argument, readline at most one, readlines at most one.</summary>
    public static readonly Rule InputAppArgCounts = new(
        "input.app.arg_counts", Party.App, Level.Must, "MUST (implied)", Group05,
        Section: "Input and Error Streams",
        Summary: "read takes one size argument, readline at most one, readlines at most one.",
        Quote: "read(size) input 1 readline() input 1, 2 readlines(hint) input 1, 3",
        Anchors: "WR (read ==1, readline <=1, readlines <=1); PL (read <=1, readlines <=1); WZ(w) (read >1; readline >1 TypeError); RK (gets/each no args, read <=2)",
        Observability: "P");

    /// <summary>The app uses no method or attribute of wsgi.input beyond the four listed.</summary>
    public static readonly Rule InputAppNoOtherAttrs = new(
        "input.app.no_other_attrs", Party.App, Level.MustNot, "MUST NOT", Group05,
        Section: "Input and Error Streams",
        Summary: "The app uses no method or attribute of wsgi.input beyond the four listed.",
        Quote: "Applications conforming to this specification must not use any other methods or attributes of the input or errors objects.",
        Anchors: "WR, PL (implicit: the wrapper exposes only those); WZ (implicit; its wrapper also lacks readlines)",
        Observability: "P");

    /// <summary>The app never closes wsgi.input, even if it has close().</summary>
    public static readonly Rule InputAppNoClose = new(
        "input.app.no_close", Party.App, Level.MustNot, "MUST NOT", Group05,
        Section: "Input and Error Streams",
        Summary: "The app never closes wsgi.input, even if it has close().",
        Quote: "In particular, applications must not attempt to close these streams, even if they possess close() methods.",
        Anchors: "WR, PL (assert); WZ(w); RK2 (Rack 3 now allows close)",
        Observability: "P");

    private static Rule[] InGroup05 => [InputMethods, InputPythonSemantics, InputReturnsBytes, InputReadAtMostSize, InputEofAtContentLength, InputReadNoArg, InputReadExhaustedEmpty, InputReadlineSize, InputReadlinesHint, InputIterLines, InputBufferingMay, InputChunkedDecoded, InputAppNoOverread, InputAppReadSizeRequired, InputAppReadlineArgs, InputAppArgCounts, InputAppNoOtherAttrs, InputAppNoClose];
}
