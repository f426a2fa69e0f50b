namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>HTTP/1.1 Expect: 100-continue.</summary>
    public static readonly RuleGroup Group06 = new(6, "HTTP/1.1 Expect: 100-continue");

    /// <summary>An HTTP/1.1 server supports 'Expect: 100-continue' transparently: send '100 Continue' at once, or when the app first reads wsgi.input; just waiting for the client to give up is allowed but not recommended.</summary>
    public static readonly Rule HttpExpectContinueTransparent = new(
        "http.expect_continue.transparent", Party.Server, Level.Must, "MUST", Group06,
        Section: "HTTP 1.1 Expect/Continue",
        Summary: "An HTTP/1.1 server supports 'Expect: 100-continue' transparently: send '100 Continue' at once, or when the app first reads wsgi.input; just waiting for the client to give up is allowed but not recommended.",
        Quote: "Servers and gateways that implement HTTP 1.1 must provide transparent support for HTTP 1.1's \"expect/continue\" mechanism.",
        Anchors: "—",
        Observability: "B");

    /// <summary>With the send-on-first-read strategy, that read blocks until the client sends the body.</summary>
    public static readonly Rule HttpExpectContinueReadBlocks = new(
        "http.expect_continue.read_blocks", Party.Server, Level.Must, "MUST", Group06,
        Section: "HTTP 1.1 Expect/Continue",
        Summary: "With the send-on-first-read strategy, that read blocks until the client sends the body.",
        Quote: "The read request must then remain blocked until the client responds.",
        Anchors: "—",
        Observability: "B");

    /// <summary>The requirement does not apply to HTTP/1.0 requests or to requests not directed at an application.</summary>
    public static readonly Rule HttpExpectContinueScope = new(
        "http.expect_continue.scope", Party.Server, Level.May, "n/a (scope)", Group06,
        Section: "HTTP 1.1 Expect/Continue",
        Summary: "The requirement does not apply to HTTP/1.0 requests or to requests not directed at an application.",
        Quote: "Note that these behavior restrictions do not apply for HTTP 1.0 requests, or for requests that are not directed to an application object.",
        Anchors: "—",
        Observability: "B");

    private static Rule[] InGroup06 => [HttpExpectContinueTransparent, HttpExpectContinueReadBlocks, HttpExpectContinueScope];
}
