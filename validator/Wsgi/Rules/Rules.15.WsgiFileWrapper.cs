namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>wsgi.file_wrapper.</summary>
    public static readonly RuleGroup Group15 = new(15, "wsgi.file_wrapper");

    /// <summary>Server may expose wsgi.file_wrapper; apps may use it and fall back when it is absent.</summary>
    public static readonly Rule FileWrapperOptional = new(
        "file_wrapper.optional", Party.Server, Level.May, "MAY", Group15,
        Section: "Optional Platform-Specific File Handling",
        Summary: "Server may expose wsgi.file_wrapper; apps may use it and fall back when it is absent.",
        Quote: "Servers and gateways may expose this functionality via an optional wsgi.file_wrapper key in the environ.",
        Anchors: "— (WZ installs its own FileWrapper)",
        Observability: "E");

    /// <summary>wsgi.file_wrapper is a callable taking one required positional argument (the file-like object) and one optional positional argument (block-size hint).</summary>
    public static readonly Rule FileWrapperSignature = new(
        "file_wrapper.signature", Party.Server, Level.Must, "MUST", Group15,
        Section: "Optional Platform-Specific File Handling",
        Summary: "wsgi.file_wrapper is a callable taking one required positional argument (the file-like object) and one optional positional argument (block-size hint).",
        Quote: "If the server or gateway supplies wsgi.file_wrapper, it must be a callable that accepts one required positional parameter, and one optional positional parameter.",
        Anchors: "—",
        Observability: "P");

    /// <summary>It returns an iterable.</summary>
    public static readonly Rule FileWrapperReturnsIterable = new(
        "file_wrapper.returns_iterable", Party.Server, Level.Must, "MUST", Group15,
        Section: "Optional Platform-Specific File Handling",
        Summary: "It returns an iterable.",
        Quote: "The callable must return an iterable object...",
        Anchors: "—",
        Observability: "P");

    /// <summary>It transmits nothing unless and until the server receives it as the app's return value.</summary>
    public static readonly Rule FileWrapperNoEarlyTransmission = new(
        "file_wrapper.no_early_transmission", Party.Server, Level.MustNot, "MUST NOT", Group15,
        Section: "Optional Platform-Specific File Handling",
        Summary: "It transmits nothing unless and until the server receives it as the app's return value.",
        Quote: "...and must not perform any data transmission until and unless the server/gateway actually receives the iterable as a return value from the application.",
        Anchors: "—",
        Observability: "B");

    /// <summary>If the file-like object has close(), the returned iterable has a close() that calls it.</summary>
    public static readonly Rule FileWrapperCloseDelegates = new(
        "file_wrapper.close_delegates", Party.Server, Level.Must, "MUST", Group15,
        Section: "Optional Platform-Specific File Handling",
        Summary: "If the file-like object has close(), the returned iterable has a close() that calls it.",
        Quote: "It may have a close() method, and if so, the iterable returned by wsgi.file_wrapper must have a close() method that invokes the original file-like object's close() method.",
        Anchors: "—",
        Observability: "P");

    /// <summary>Even for objects unsuitable for the platform API (no fileno(), BytesIO), it returns an iterable wrapping read() and close().</summary>
    public static readonly Rule FileWrapperPortableFallback = new(
        "file_wrapper.portable_fallback", Party.Server, Level.Must, "MUST", Group15,
        Section: "Optional Platform-Specific File Handling",
        Summary: "Even for objects unsuitable for the platform API (no fileno(), BytesIO), it returns an iterable wrapping read() and close().",
        Quote: "Note that even if the object is not suitable for the platform API, the wsgi.file_wrapper must still return an iterable that wraps read() and close()...",
        Anchors: "—",
        Observability: "B+P");

    /// <summary>Platform-specific transmission happens only after the app returns, and only if what it returned is the server's wrapper.</summary>
    public static readonly Rule FileWrapperPlatformAfterReturn = new(
        "file_wrapper.platform_after_return", Party.Server, Level.Must, "MUST", Group15,
        Section: "Optional Platform-Specific File Handling",
        Summary: "Platform-specific transmission happens only after the app returns, and only if what it returned is the server's wrapper.",
        Quote: "The actual implementation of any platform-specific file handling must occur after the application returns, and the server or gateway checks to see if a wrapper object was returned.",
        Anchors: "—",
        Observability: "B+P");

    /// <summary>Output equals iter(filelike.read, b''): starts at the file's current position and runs to EOF.</summary>
    public static readonly Rule FileWrapperReadSemantics = new(
        "file_wrapper.read_semantics", Party.Server, Level.Should, "SHOULD", Group15,
        Section: "Optional Platform-Specific File Handling",
        Summary: "Output equals iter(filelike.read, b''): starts at the file's current position and runs to EOF.",
        Quote: "In other words, transmission should begin at the current position within the \"file\" at the time that transmission begins, and continue until the end is reached...",
        Anchors: "—",
        Observability: "B");

    /// <summary>Transmission stops after Content-Length bytes when the app supplied Content-Length.</summary>
    public static readonly Rule FileWrapperContentLengthLimit = new(
        "file_wrapper.content_length_limit", Party.Server, Level.Should, "SHOULD", Group15,
        Section: "Optional Platform-Specific File Handling",
        Summary: "Transmission stops after Content-Length bytes when the app supplied Content-Length.",
        Quote: "...and continue until the end is reached, or until Content-Length bytes have been written.",
        Anchors: "—",
        Observability: "B");

    /// <summary>Without Content-Length, the server may compute one from the underlying file.</summary>
    public static readonly Rule FileWrapperMayGenerateContentLength = new(
        "file_wrapper.may_generate_content_length", Party.Server, Level.May, "MAY", Group15,
        Section: "Optional Platform-Specific File Handling",
        Summary: "Without Content-Length, the server may compute one from the underlying file.",
        Quote: "If the application doesn't supply a Content-Length, the server may generate one from the file using its knowledge of the underlying file implementation.",
        Anchors: "—",
        Observability: "B");

    /// <summary>The wrapper may assume attributes named like built-in file methods (e.g. fileno()) have file semantics.</summary>
    public static readonly Rule FileWrapperMayAssumeFileSemantics = new(
        "file_wrapper.may_assume_file_semantics", Party.Server, Level.May, "MAY", Group15,
        Section: "Optional Platform-Specific File Handling",
        Summary: "The wrapper may assume attributes named like built-in file methods (e.g. fileno()) have file semantics.",
        Quote: "...the wsgi.file_wrapper may assume that these methods or attributes have the same semantics as those of a built-in file object.",
        Anchors: "—",
        Observability: "—");

    /// <summary>The object passed in has a read() taking an optional size argument.</summary>
    public static readonly Rule FileWrapperAppFilelikeRead = new(
        "file_wrapper.app.filelike_read", Party.App, Level.Must, "MUST", Group15,
        Section: "Optional Platform-Specific File Handling",
        Summary: "The object passed in has a read() taking an optional size argument.",
        Quote: "To be considered \"file-like\", the object supplied by the application must have a read() method that takes an optional size argument.",
        Anchors: "—",
        Observability: "P");

    private static Rule[] InGroup15 => [FileWrapperOptional, FileWrapperSignature, FileWrapperReturnsIterable, FileWrapperNoEarlyTransmission, FileWrapperCloseDelegates, FileWrapperPortableFallback, FileWrapperPlatformAfterReturn, FileWrapperReadSemantics, FileWrapperContentLengthLimit, FileWrapperMayGenerateContentLength, FileWrapperMayAssumeFileSemantics, FileWrapperAppFilelikeRead];
}
