using Wsgi.Catalogue;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Probe;
using Wsgi.Conformance.Running;
using Wsgi.Python;
using Wsgi.Validator.Tracing;
using static Wsgi.Catalogue.Rules;
using static Wsgi.Conformance.Cases.CaseKit;

namespace Wsgi.Conformance.Cases;

/// <summary>PEP 3333, "Input and Error Streams" and the HTTP/1.1 Expect/Continue section: the probe
/// reads wsgi.input in every documented way and writes to wsgi.errors; the judge checks what the
/// server's streams returned. Reading past the body must not block: a timeout is the evidence.</summary>
public static class InputAndErrors
{
    private static readonly byte[] Lines = "hello world\nsecond line\nthird\n"u8.ToArray();
    private static readonly byte[] Hundred = [.. Enumerable.Range(0, 100).Select(i => (byte)('a' + i % 26))];

    /// <summary>The cases of this section.</summary>
    public static IEnumerable<Case> All =>
    [
        Reads(InputReadAtMostSize, "sized", "read(size) returns at most size bytes", Hundred, ["read", 10], ["read", 30], ["read", 7]),
        Reads(InputReturnsBytes, "read", "read() returns bytes", Hundred, ["read", 50]),
        Reads(InputReturnsBytes, "readline", "readline() returns bytes", Lines, ["readline"]),
        Reads(InputReturnsBytes, "readlines", "readlines(hint) returns a list of bytes", Lines, ["readlines", 5]),
        Reads(InputEofAtContentLength, "read-past", "reading past CONTENT_LENGTH gives b'' at once", Hundred, ["read", 100], ["read", 100]),
        Reads(InputEofAtContentLength, "one-big-read", "one read larger than the body returns only the body", Hundred, ["read", 4096]),
        Reads(InputReadExhaustedEmpty, null, "an exhausted input keeps returning b''", Hundred, ["read", 100], ["read", 10], ["read", 10]),
        Content(InputReadNoArg, null, "read() without a size returns the whole body", Hundred, Hundred, [["read"]]),
        Content(InputReadlineSize, null, "readline(size) returns at most size bytes of the line", Lines, "hello"u8.ToArray(), [["readline", 5]]),
        Content(InputPythonSemantics, "readline", "readline() returns one line with its newline", Lines, "hello world\n"u8.ToArray(), [["readline"]]),
        Content(InputPythonSemantics, "read-zero", "read(0) returns b''", Hundred, [], [["read", 0]]),
        // Iterating to the end, or readlines() without a hint, reads to end-of-file; these stop at the body's
        // last line so they judge the iteration itself, not whether input ends at CONTENT_LENGTH (eof_at_content_length does).
        Content(InputIterLines, null, "iterating wsgi.input yields its lines", Lines, Lines, [["iter", 3]]),
        // PEP 3333 lets the server ignore the hint, so all the lines are as right as the first one; which it did is recorded.
        Content(InputReadlinesHint, null, "readlines(hint) returns whole lines, stopping once the hint is reached or ignoring it", Lines, "hello world\n"u8.ToArray(), [["readlines", 5]],
            ignored: Lines),
        Content(InputChunkedDecoded, null, "a chunked request body reaches the app de-chunked", Hundred, Hundred, [["read"]], chunked: true),
        Content(HttpExpectContinueTransparent, null, "with Expect: 100-continue the app reads the body as usual", Hundred, Hundred, [["read", 100]], expectContinue: true),
        Errors(ErrorsTextMode, "write", "wsgi.errors.write() takes a str", ["write", "probe: a line\n"]),
        Errors(ErrorsUnicodeTolerant, "non-ascii", "wsgi.errors.write() takes any str, non-ASCII included", ["write", "probe: caf\u00e9 \u2603\n"]),
        Errors(ErrorsTextMode, "writelines", "wsgi.errors.writelines() takes a list of str", ["writelines", new[] { "probe: a\n", "probe: b\n" }]),
        Errors(ErrorsTextMode, "flush", "wsgi.errors.flush() works", ["write", "probe\n"], ["flush"]),
    ];

    private static ProbeRequest Post(byte[] body, Scenario scenario, bool chunked = false, bool expectContinue = false) => chunked
        ? new ProbeRequest { Method = "POST", Body = RequestBytes.Chunked(body, 7, 30), AddContentLength = false, Headers = [("Transfer-Encoding", "chunked")], Scenario = scenario }
        : new ProbeRequest
        {
            Method = "POST",
            Body = body,
            Scenario = scenario,
            Headers = expectContinue ? [("Expect", "100-continue")] : [],
            BodyDelayMs = expectContinue ? 300 : null,
            BodyAfterContinue = expectContinue,
        };

    // The probe reads; the judge checks what the server's stream returned. No trace means the read blocked.
    private static Case Reads(Rule rule, string? variant, string title, byte[] body, params object[][] ops) =>
        new(Id(rule, variant), title, [rule], async (ctx, ev) =>
        {
            var (wire, trace) = await ctx.ProbeAsync(ev, Post(body, new Scenario { Input = ops })).ConfigureAwait(false);
            if (trace is null && wire.End == ConnectionEnd.Timeout)
            {
                Expect.That(ev, false, rule, "wsgi.input", "every read to return (b'' past the body)", $"no answer within {ctx.Probe.Timeout.TotalSeconds:0.#} s: a read blocked");
                return;
            }

            Expect.Trace(ev, trace, [rule]);
        });

    // The probe reads; the bytes it got must be exactly the expected ones.
    // ignored: what a server that ignores an optional argument returns, also right (recorded as a note).
    private static Case Content(Rule rule, string? variant, string title, byte[] body, byte[] expected, object[][] ops, bool chunked = false, bool expectContinue = false,
        byte[]? ignored = null) =>
        new(Id(rule, variant), title, [rule], async (ctx, ev) =>
        {
            var (wire, trace) = await ctx.ProbeAsync(ev, Post(body, new Scenario { Input = ops }, chunked, expectContinue)).ConfigureAwait(false);
            // 411 and 501 are how HTTP refuses a transfer coding the server does not support: the PEP asks for
            // chunked decoding only "if applicable", so a refusal is an absent feature, not a broken MUST.
            if (chunked && trace is null && Wire.Final(wire)?.StatusCode is 411 or 501)
            {
                ev.Unsupported = $"the server refuses chunked request bodies (status {Wire.Final(wire)!.StatusCode})";
                return;
            }

            if (trace is null && wire.End == ConnectionEnd.Timeout)
            {
                Expect.That(ev, false, rule, "wsgi.input", Py.BytesRepr(expected), $"no answer within {ctx.Probe.Timeout.TotalSeconds:0.#} s: a read blocked");
                return;
            }

            if (trace is null)
            {
                Expect.Trace(ev, trace, [rule]);
                return;
            }

            var events = trace.Events.Where(e => e.Kind.StartsWith(EventKinds.InputPrefix, StringComparison.Ordinal)).ToList();
            // StopIteration from __next__ is the end of the iteration, not a failure.
            events = [.. events.Where(e => e.Error is null || !e.Error.StartsWith("StopIteration", StringComparison.Ordinal))];
            if (events.FirstOrDefault(e => e.Error is not null) is { } failed)
            {
                Expect.That(ev, false, rule, $"wsgi.{failed.Kind}", "to work", $"raised {failed.Error}");
                return;
            }

            byte[] got = [.. events.SelectMany(e => e.Result switch
            {
                byte[] b => b,
                PyList l => l.OfType<byte[]>().SelectMany(x => x),
                _ => [],
            })];
            if (ignored is not null && got.AsSpan().SequenceEqual(ignored))
            {
                ev.Notes.Add($"the server ignored the argument: {Py.Cut(Py.BytesRepr(got))}");
                return;
            }

            Expect.That(ev, got.AsSpan().SequenceEqual(expected), rule, $"wsgi.input ({string.Join(", ", ops.Select(o => string.Join(" ", o)))})",
                Py.Cut(Py.BytesRepr(expected)), Py.Cut(Py.BytesRepr(got)));
        });

    private static Case Errors(Rule rule, string? variant, string title, params object[][] ops) =>
        new(Id(rule, variant), title, [rule], async (ctx, ev) =>
        {
            var (_, trace) = await ctx.ProbeAsync(ev, new ProbeRequest { Scenario = new Scenario { Errors = ops } }).ConfigureAwait(false);
            if (trace is null)
            {
                Expect.Trace(ev, trace, [rule]);
                return;
            }

            foreach (TraceEvent e in trace.Events.Where(e => e.Kind.StartsWith(EventKinds.ErrorsPrefix, StringComparison.Ordinal)))
            {
                Expect.That(ev, e.Error is null, rule, $"wsgi.{e.Kind}({string.Join(", ", e.Args.Select(Py.Repr))})", "to accept it", $"raised {e.Error}");
            }
        });
}
