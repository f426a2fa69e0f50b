using System.Text;
using Wsgi.Catalogue;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Probe;
using Wsgi.Conformance.Running;
using Wsgi.Python;
using Wsgi.Validator.Tracing;
using static Wsgi.Catalogue.Rules;
using static Wsgi.Conformance.Cases.CaseKit;
using static Wsgi.Conformance.Cases.StartResponse;

namespace Wsgi.Conformance.Cases;

/// <summary>PEP 3333, "The write() Callable", "Buffering and Streaming", the response iterable and
/// "Handling the Content-Length Header": bodies arrive whole, in order, unaltered and unbuffered;
/// close() is called in every path; framing follows HTTP/1.1.</summary>
public static class ResponseBody
{
    private static readonly string AllBytes = Encoding.Latin1.GetString([.. Enumerable.Range(0, 256).Select(i => (byte)i)]);

    /// <summary>The cases of this section.</summary>
    public static IEnumerable<Case> All =>
    [
        BodyIs(WriteSentOrQueued, null, "data passed to write() is sent", new Scenario { Write = ["written"] }, "written"),
        BodyIs(WriteOrdering, null, "write() data comes before the iterable's, in call order", new Scenario { Write = ["w1-", "w2-"], Body = [BodyStep.Data("i1")] }, "w1-w2-i1"),
        BodyIs(WriteSameAsYield, null, "write() data is framed like yielded data", new Scenario { Headers = [("Content-Type", "text/plain"), ("Content-Length", "6")], Write = ["abc"], Body = [BodyStep.Data("def")] }, "abcdef"),
        BodyIs(WriteIterableOutputSent, null, "after write(), the returned iterable is still sent", new Scenario { Write = ["a"], Body = [BodyStep.Data("b"), BodyStep.Data("c")] }, "abc"),
        BodyIs(IterableEmptyItems, null, "empty items are skipped, not treated as the end", new Scenario { Body = [BodyStep.Data(""), BodyStep.Data("a"), BodyStep.Data(""), BodyStep.Data("b"), BodyStep.Data("")] }, "ab"),
        BodyIs(IterableBinaryUnaltered, null, "every byte value reaches the client unaltered", new Scenario { Headers = [("Content-Type", "application/octet-stream")], Body = [BodyStep.Data(AllBytes)] }, AllBytes),
        BodyIs(IterableBinaryUnaltered, "crlf", "CR, LF and NUL in the body are not touched", new Scenario { Body = [BodyStep.Data("a\r\nb\n\0c\r")] }, "a\r\nb\n\0c\r"),
        Body(IterableUnbuffered, null, "each chunk goes out without waiting for the next",
            new Scenario { Body = [BodyStep.Data("first"), BodyStep.Sleep(800), BodyStep.Data("second")] },
            (ev, x) => Expect.That(ev, Wire.FirstBodyByteAtMs(x) < 500, IterableUnbuffered, "first body chunk", "sent at once (before the next one, 800 ms later)", $"arrived at {Wire.FirstBodyByteAtMs(x):0} ms")),
        Body(IterableNoBlockDelay, null, "written data goes out without waiting for the iterable",
            new Scenario { Write = ["first"], Body = [BodyStep.Sleep(800), BodyStep.Data("second")] },
            (ev, x) => Expect.That(ev, Wire.FirstBodyByteAtMs(x) < 500, IterableNoBlockDelay, "written chunk", "sent at once (before the iterable's, 800 ms later)", $"arrived at {Wire.FirstBodyByteAtMs(x):0} ms")),
        Closed(IterableCloseCalled, null, "close() is called after the body is sent", new Scenario { Body = [BodyStep.Data("x")] }),
        Closed(IterableCloseOnError, null, "close() is called also when iteration raises", new Scenario { Body = [BodyStep.Data("partial"), BodyStep.Raise("probe: boom")] }),
        Closed(IterableCloseOnDisconnect, null, "close() is called when the client goes away mid-body",
            new Scenario { Body = [BodyStep.Data(new string('a', 100)), .. Enumerable.Range(0, 6).SelectMany(_ => (BodyStep[])[BodyStep.Sleep(150), BodyStep.Data(new string('b', 400))])] },
            new ProbeRequest { DisconnectAfterBodyBytes = 50 }),
        Closed(IterableNoUseAfterClose, null, "the result is not used after close()", new Scenario { Body = [BodyStep.Data("x"), BodyStep.Data("y")] }),
        Closed(IterableSinglePass, null, "the result is iterated once", new Scenario { Body = [BodyStep.Data("x")] }),
        Body(IterableLenContentLength, null, "a result with len() 1 may get a Content-Length from the server",
            new Scenario { Result = "len", Body = [BodyStep.Data("hello")] },
            (ev, x) => ev.Notes.Add(Wire.Final(x)!.Header("Content-Length") is { } cl ? $"the server added Content-Length: {cl}" : $"no Content-Length; framing {Wire.Final(x)!.Framing}")),
        Body(ContentLengthServerNoOverrun, null, "no more bytes than the app's Content-Length go out",
            new Scenario { Headers = [("Content-Type", "text/plain"), ("Content-Length", "5")], Body = [BodyStep.Data("0123456789")] },
            (ev, x) => Expect.That(ev, Wire.TrailingBytes(x) == 0, ContentLengthServerNoOverrun, "bytes after the declared body", "none (the extra 5 bytes dropped)", $"{Wire.TrailingBytes(x)} bytes"),
            new ProbeRequest { LingerMs = 300 }),
        new(ContentLengthServerUnderrun.Id, "a body shorter than its Content-Length ends with the connection closed", [ContentLengthServerUnderrun], async (ctx, ev) =>
        {
            var request = new ProbeRequest { Scenario = new Scenario { Respond = "scenario", Headers = [("Content-Type", "text/plain"), ("Content-Length", "10")], Body = [BodyStep.Data("01234")] } };
            var (wire, _) = await ctx.ProbeAsync(ev, request).ConfigureAwait(false);
            if (!wire.ReceivedBytes.AsSpan().StartsWith("HTTP/"u8))
            {
                ev.Error = $"no response head: {Expect.Describe(wire)}";
                return;
            }

            Expect.That(ev, wire.End is ConnectionEnd.Closed or ConnectionEnd.Reset, ContentLengthServerUnderrun, "connection", "closed after the short body",
                $"{Expect.Describe(wire)} ({wire.ReceivedBytes.Length} bytes)");
        }),
        Body(ContentLengthServerAbsent, null, "without a Content-Length the server delimits the body somehow",
            new Scenario { Body = [BodyStep.Data("a"), BodyStep.Data("b")] },
            (ev, x) => ev.Notes.Add($"framing: {Wire.Final(x)!.Framing}")),
        Body(ChunkedRfcCompliant, null, "a chunked response parses as RFC 9112 chunked coding",
            new Scenario { Body = [BodyStep.Data("one"), BodyStep.Sleep(50), BodyStep.Data("two"), BodyStep.Data(new string('3', 3000))] },
            (ev, x) => Expect.That(ev, Wire.Final(x)!.Body.AsSpan().SequenceEqual(Encoding.Latin1.GetBytes("onetwo" + new string('3', 3000))), ChunkedRfcCompliant, "response body",
                "b'onetwo333...' (3006 bytes)", $"{Wire.Final(x)!.Body.Length} bytes, framing {Wire.Final(x)!.Framing}")),
        Body(ChunkedHttp11Only, null, "an HTTP/1.0 response is never chunked",
            new Scenario { Body = [BodyStep.Data("a"), BodyStep.Data("b")] },
            (ev, x) => Expect.That(ev, Wire.Final(x)!.Framing != BodyFraming.Chunked, ChunkedHttp11Only, "response framing to an HTTP/1.0 request", "Content-Length or close", "chunked"),
            new ProbeRequest { Version = "HTTP/1.0" }),
        WithTrace(WritePastContentLength, null, "write() past the declared Content-Length raises",
            new ProbeRequest { Scenario = new Scenario { Respond = "scenario", Headers = [("Content-Type", "text/plain"), ("Content-Length", "3")], Write = ["abc", "def"] }, LingerMs = 300 },
            (_, ev, trace) =>
            {
                if (Expect.Trace(ev, trace, []))
                {
                    var writes = trace!.Events.Where(e => e.Kind == EventKinds.Write).ToList();
                    Expect.That(ev, writes.Count == 2 && writes[1].Error is not null, WritePastContentLength, "write(b'def') after 3 declared bytes", "an error",
                        writes.Count == 2 ? "it returned normally" : $"{writes.Count} write event(s)");
                }
            }),
        Body(HttpHeadNoBody, null, "a HEAD response has no body",
            new Scenario { Headers = [("Content-Type", "text/plain")], Body = [BodyStep.Data("hello")] },
            (ev, x) => Expect.That(ev, Wire.TrailingBytes(x) == 0, HttpHeadNoBody, "bytes after the HEAD response head", "none", $"{Wire.TrailingBytes(x)} bytes"),
            new ProbeRequest { Method = "HEAD", LingerMs = 300 }),
    ];

    private static Case BodyIs(Rule rule, string? variant, string title, Scenario scenario, string latin1) =>
        Body(rule, variant, title, scenario, (ev, x) =>
        {
            byte[] expected = Encoding.Latin1.GetBytes(latin1);
            byte[] got = Wire.Final(x)!.Body;
            Expect.That(ev, got.AsSpan().SequenceEqual(expected), rule, "response body", Py.Cut(Py.BytesRepr(expected)), Py.Cut(Py.BytesRepr(got)));
        });

    // The probe stores its trace when the server calls close(): no trace within the timeout means no close().
    private static Case Closed(Rule rule, string? variant, string title, Scenario scenario, ProbeRequest? request = null) =>
        new(Id(rule, variant), title, [rule], async (ctx, ev) =>
        {
            var (_, trace) = await ctx.ProbeAsync(ev, (request ?? new ProbeRequest()) with { Scenario = scenario with { Respond = "scenario", Result = "closable" } }).ConfigureAwait(false);
            if (Expect.Trace(ev, trace, [rule], missingTraceBreaks: rule == IterableNoUseAfterClose || rule == IterableSinglePass ? null : rule))
            {
                Expect.That(ev, trace!.Events.Any(e => e.Kind == EventKinds.Close) || rule != IterableCloseCalled && rule != IterableCloseOnError && rule != IterableCloseOnDisconnect,
                    rule, "result.close", "called", "never called");
            }
        });
}
