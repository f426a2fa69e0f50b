namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>The response iterable.</summary>
    public static readonly RuleGroup Group10 = new(10, "The response iterable");

    /// <summary>The app returns an iterable yielding zero or more bytestrings.</summary>
    public static readonly Rule IterableReturn = new(
        "iterable.return", Party.App, Level.Must, "MUST", Group10,
        Section: "Specification Details",
        Summary: "The app returns an iterable yielding zero or more bytestrings.",
        Quote: "When called by the server, the application object must return an iterable yielding zero or more bytestrings.",
        Anchors: "WR, PL (not None/False; iter() must succeed); WZ (iter()); RK (body responds to each)",
        Observability: "P");

    /// <summary>Every yielded item is bytes.</summary>
    public static readonly Rule IterableItemsBytes = new(
        "iterable.items_bytes", Party.App, Level.Must, "MUST", Group10,
        Section: "Specification Details; Unicode Issues",
        Summary: "Every yielded item is bytes.",
        Quote: "\"Bytestrings\" (which are implemented using the bytes type in Python 3, and str elsewhere), that are used for the bodies of requests and responses...",
        Anchors: "WR (type is bytes); WZ(w); RK (String)",
        Observability: "P");

    /// <summary>Do not return a bare str/bytes (it is iterated item by item); return a one-element list.</summary>
    public static readonly Rule IterableNotBareString = new(
        "iterable.not_bare_string", Party.App, Level.Should, "ext (advisory)", Group10,
        Section: "Buffering and Streaming (recommendation)",
        Summary: "Do not return a bare str/bytes (it is iterated item by item); return a one-element list.",
        Quote: "[advisory] Do not return a bare str/bytes (it would be iterated item by item); return a single-element list containing the body.",
        Anchors: "WR (str or bytes); PL (str); WZ(w) (str since 2.3; bytes in 2.0-2.2)",
        Observability: "P");

    /// <summary>Apps do their own buffering (e.g. return a one-element list).</summary>
    public static readonly Rule IterableAppBuffering = new(
        "iterable.app_buffering", Party.App, Level.Should, "SHOULD", Group10,
        Section: "Specification Details; Buffering and Streaming",
        Summary: "Apps do their own buffering (e.g. return a one-element list).",
        Quote: "In other words, applications should perform their own buffering.",
        Anchors: "—",
        Observability: "—");

    /// <summary>If len(iterable) works, its result is accurate.</summary>
    public static readonly Rule IterableLenAccurate = new(
        "iterable.len.accurate", Party.App, Level.Must, "MUST", Group10,
        Section: "Specification Details",
        Summary: "If len(iterable) works, its result is accurate.",
        Quote: "If a call to len(iterable) succeeds, the server must be able to rely on the result being accurate.",
        Anchors: "— (RK analog: to_ary must equal each)",
        Observability: "P");

    /// <summary>With no write() calls and len(iterable) == 1, the server may set Content-Length from the first bytestring.</summary>
    public static readonly Rule IterableLenContentLength = new(
        "iterable.len.content_length", Party.Server, Level.May, "MAY", Group10,
        Section: "Handling the Content-Length Header",
        Summary: "With no write() calls and len(iterable) == 1, the server may set Content-Length from the first bytestring.",
        Quote: "If the application does not call the write() callable, and returns an iterable whose len() is 1, then the server can automatically determine Content-Length...",
        Anchors: "—",
        Observability: "B");

    /// <summary>If the iterable has close(), the server calls it when the request completes.</summary>
    public static readonly Rule IterableCloseCalled = new(
        "iterable.close.called", Party.Server, Level.Must, "MUST", Group10,
        Section: "Specification Details",
        Summary: "If the iterable has close(), the server calls it when the request completes.",
        Quote: "If the iterable returned by the application has a close() method, the server or gateway must call that method upon completion of the current request...",
        Anchors: "WR, PL (stderr + assert in `__del__`, i.e. at garbage collection); WZ(w) (at GC); RK (body must be closed)",
        Observability: "P");

    /// <summary>close() is called also when the request ends because iteration raised.</summary>
    public static readonly Rule IterableCloseOnError = new(
        "iterable.close.on_error", Party.Server, Level.Must, "MUST", Group10,
        Section: "Specification Details",
        Summary: "close() is called also when the request ends because iteration raised.",
        Quote: "...whether the request was completed normally, or terminated early due to an application error during iteration...",
        Anchors: "— (anchors detect a missing close only at GC)",
        Observability: "P");

    /// <summary>close() is called also when the client disconnects early.</summary>
    public static readonly Rule IterableCloseOnDisconnect = new(
        "iterable.close.on_disconnect", Party.Server, Level.Must, "MUST", Group10,
        Section: "Specification Details",
        Summary: "close() is called also when the client disconnects early.",
        Quote: "...terminated early due to an application error during iteration or an early disconnect of the browser.",
        Anchors: "—",
        Observability: "B+P");

    /// <summary>Server does not keep iterating after calling close().</summary>
    public static readonly Rule IterableNoUseAfterClose = new(
        "iterable.no_use_after_close", Party.Server, Level.MustNot, "MUST NOT (implied)", Group10,
        Section: "Specification Details",
        Summary: "Server does not keep iterating after calling close().",
        Quote: "The close() method requirement is to support resource release by the application.",
        Anchors: "WR, PL (assert); WZ(w); RK",
        Observability: "P");

    /// <summary>Server iterates the returned iterable once.</summary>
    public static readonly Rule IterableSinglePass = new(
        "iterable.single_pass", Party.Server, Level.Should, "ext (Rack)", Group10,
        Section: "—",
        Summary: "Server iterates the returned iterable once.",
        Quote: "[Rack] The server iterates the returned body only once (Rack::Lint rejects a second each).",
        Anchors: "RK (each only once)",
        Observability: "P");

    /// <summary>Server may close the iterable before it is exhausted.</summary>
    public static readonly Rule IterableMayCloseEarly = new(
        "iterable.may_close_early", Party.Server, Level.May, "MAY", Group10,
        Section: "Specification Details",
        Summary: "Server may close the iterable before it is exhausted.",
        Quote: "...as it may be closed early by the server.",
        Anchors: "—",
        Observability: "P");

    /// <summary>Apps returning generators or custom iterators do not assume they will be fully consumed.</summary>
    public static readonly Rule IterableAppNoFullConsumption = new(
        "iterable.app.no_full_consumption", Party.App, Level.ShouldNot, "SHOULD NOT", Group10,
        Section: "Specification Details",
        Summary: "Apps returning generators or custom iterators do not assume they will be fully consumed.",
        Quote: "Applications returning a generator or other custom iterator should not assume the entire iterator will be consumed, as it may be closed early by the server.",
        Anchors: "—",
        Observability: "P");

    /// <summary>Server uses no attribute of the iterable other than iteration and close(), unless it is the server's own type (e.g. its file_wrapper).</summary>
    public static readonly Rule IterableServerNoOtherAttrs = new(
        "iterable.server.no_other_attrs", Party.Server, Level.MustNot, "MUST NOT", Group10,
        Section: "Specification Details",
        Summary: "Server uses no attribute of the iterable other than iteration and close(), unless it is the server's own type (e.g. its file_wrapper).",
        Quote: "Finally, servers and gateways must not directly use any other attributes of the iterable returned by the application, unless it is an instance of a type specific to that server or gateway...",
        Anchors: "—",
        Observability: "P");

    /// <summary>Each yielded bytestring is fully transmitted before the next is requested.</summary>
    public static readonly Rule IterableUnbuffered = new(
        "iterable.unbuffered", Party.Server, Level.Must, "MUST", Group10,
        Section: "Specification Details; Buffering and Streaming",
        Summary: "Each yielded bytestring is fully transmitted before the next is requested.",
        Quote: "The server or gateway must transmit the yielded bytestrings to the client in an unbuffered fashion, completing the transmission of each bytestring before requesting another one.",
        Anchors: "—",
        Observability: "B");

    /// <summary>No block is delayed: fully transmit it (handed to the OS, buffers flushed) before returning control, or guarantee transmission continues (e.g. another thread) while the app produces the next block.</summary>
    public static readonly Rule IterableNoBlockDelay = new(
        "iterable.no_block_delay", Party.Server, Level.MustNot, "MUST NOT", Group10,
        Section: "Buffering and Streaming",
        Summary: "No block is delayed: fully transmit it (handed to the OS, buffers flushed) before returning control, or guarantee transmission continues (e.g. another thread) while the app produces the next block.",
        Quote: "WSGI servers, gateways, and middleware must not delay the transmission of any block; they must either fully transmit the block to the client, or guarantee that they will continue transmission...",
        Anchors: "—",
        Observability: "B");

    /// <summary>Body bytes are treated as binary and passed unaltered (e.g. line endings).</summary>
    public static readonly Rule IterableBinaryUnaltered = new(
        "iterable.binary_unaltered", Party.Server, Level.Should, "SHOULD", Group10,
        Section: "Specification Details",
        Summary: "Body bytes are treated as binary and passed unaltered (e.g. line endings).",
        Quote: "The server or gateway should treat the yielded bytestrings as binary byte sequences: in particular, it should ensure that line endings are not altered.",
        Anchors: "—",
        Observability: "B");

    /// <summary>Server may apply HTTP transfer encodings or similar transformations (e.g. byte ranges).</summary>
    public static readonly Rule IterableTransformationsMay = new(
        "iterable.transformations.may", Party.Server, Level.May, "MAY", Group10,
        Section: "Specification Details; Other HTTP Features",
        Summary: "Server may apply HTTP transfer encodings or similar transformations (e.g. byte ranges).",
        Quote: "The server or gateway may apply HTTP transfer encodings, or perform other transformations for the purpose of implementing HTTP features such as byte-range transmission.",
        Anchors: "—",
        Observability: "B");

    /// <summary>Server accepts b'' items (middleware must emit them) and transmits nothing for them.</summary>
    public static readonly Rule IterableEmptyItems = new(
        "iterable.empty_items", Party.Server, Level.Must, "MUST (implied)", Group10,
        Section: "Middleware Handling of Block Boundaries",
        Summary: "Server accepts b'' items (middleware must emit them) and transmits nothing for them.",
        Quote: "If the middleware cannot yield any other value, it must yield an empty bytestring.",
        Anchors: "—",
        Observability: "B");

    private static Rule[] InGroup10 => [IterableReturn, IterableItemsBytes, IterableNotBareString, IterableAppBuffering, IterableLenAccurate, IterableLenContentLength, IterableCloseCalled, IterableCloseOnError, IterableCloseOnDisconnect, IterableNoUseAfterClose, IterableSinglePass, IterableMayCloseEarly, IterableAppNoFullConsumption, IterableServerNoOtherAttrs, IterableUnbuffered, IterableNoBlockDelay, IterableBinaryUnaltered, IterableTransformationsMay, IterableEmptyItems];
}
