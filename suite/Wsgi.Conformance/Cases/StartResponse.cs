using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Probe;
using Wsgi.Conformance.Running;
using Wsgi.Python;
using static Wsgi.Catalogue.Rules;
using static Wsgi.Conformance.Cases.CaseKit;

namespace Wsgi.Conformance.Cases;

/// <summary>PEP 3333, "The start_response() Callable": what the server does with the app's calls:
/// returns write, refuses a bad or repeated call, honours exc_info, defers the headers until the
/// first non-empty body chunk.</summary>
public static class StartResponse
{
    private static readonly (string, string)[] Plain = [("Content-Type", "text/plain")];

    /// <summary>The cases of this section.</summary>
    public static IEnumerable<Case> All =>
    [
        Judged(StartResponseReturnsWrite),
        Reacts(StartResponseRepeatWithoutExcInfo, null, "a second start_response without exc_info raises",
            new Scenario { Body = [BodyStep.Data("x")], StartAgain = new StartAgain("200 OK", Plain, ExcInfo: false, After: 0) }),
        Reacts(StartResponseExcInfoRaiseIfSent, null, "start_response with exc_info after the headers were sent re-raises",
            new Scenario { Body = [BodyStep.Data("sent"), BodyStep.Data("more")], StartAgain = new StartAgain("500 Internal Server Error", Plain, ExcInfo: true, After: 1) }),
        Reacts(StartResponseCheckAtCall, "status", "a malformed status is refused when start_response is called",
            new Scenario { Status = "200OK", Body = [BodyStep.Data("x")] }),
        Reacts(StartResponseCheckAtCall, "header-newline", "a header value with CR LF is refused when start_response is called",
            new Scenario { Headers = [("Content-Type", "text/plain"), ("X-Bad", "a\r\nX-Injected: 1")], Body = [BodyStep.Data("x")] }),
        Reacts(StartResponseHopByHopFatal, null, "a hop-by-hop header from the app is a fatal error",
            new Scenario { Headers = [("Content-Type", "text/plain"), ("Connection", "close")], Body = [BodyStep.Data("x")] }),
        Body(StartResponseExcInfoReplaceIfUnsent, null, "start_response with exc_info before any body replaces the status and headers",
            new Scenario { Body = [BodyStep.Data("error page")], StartAgain = new StartAgain("500 Internal Server Error", Plain, ExcInfo: true, After: 0) },
            (ev, x) => Expect.That(ev, Wire.Final(x)?.StatusCode == 500, StartResponseExcInfoReplaceIfUnsent, "response status", "500 (the replacement)", $"{Wire.Final(x)?.StatusCode}")),
        Body(StartResponseHeadersCaseInsensitive, null, "a lower-case content-length from the app is the Content-Length",
            new Scenario { Headers = [("content-type", "text/plain"), ("content-length", "2")], Body = [BodyStep.Data("ok")] },
            (ev, x) =>
            {
                var r = Wire.Final(x)!;
                int lengths = r.HeaderValues("Content-Length").Count();
                Expect.That(ev, lengths == 1 && r.Framing == BodyFraming.ContentLength && r.Body.AsSpan().SequenceEqual("ok"u8),
                    StartResponseHeadersCaseInsensitive, "response framing", "one Content-Length: 2 and the body b'ok'", $"{lengths} Content-Length field(s), {r.Framing}, body {Py.BytesRepr(r.Body)}");
            }),
        Body(StartResponseRequiredHeadersAdded, "date", "the server adds the Date field HTTP requires of an origin server with a clock",
            new Scenario { Body = [BodyStep.Data("x")] },
            (ev, x) => Expect.That(ev, Wire.Final(x)!.Header("Date") is not null, StartResponseRequiredHeadersAdded, "response headers", "a Date field", "none")),
        Body(StartResponseDeferHeaders, null, "the headers wait for the first non-empty body chunk",
            new Scenario { Body = [BodyStep.Sleep(600), BodyStep.Data("late")] },
            (ev, x) => Expect.That(ev, Wire.FirstByteAtMs(x) >= 400, StartResponseDeferHeaders, "response head", "sent with the first body chunk (after 600 ms)", $"first byte at {Wire.FirstByteAtMs(x):0} ms")),
        Body(StartResponseDeferHeadersEmptyChunk, null, "an empty first chunk does not send the headers",
            new Scenario { Body = [BodyStep.Data(""), BodyStep.Sleep(600), BodyStep.Data("late")] },
            (ev, x) => Expect.That(ev, Wire.FirstByteAtMs(x) >= 400, StartResponseDeferHeadersEmptyChunk, "response head", "sent with the first non-empty chunk (after 600 ms)", $"first byte at {Wire.FirstByteAtMs(x):0} ms")),
        Body(StartResponseHeadersOnExhaustion, null, "an empty body still gets its headers when the iterable is exhausted",
            new Scenario { Body = [] },
            (ev, x) => Expect.That(ev, Wire.Final(x)?.StatusCode == 200 && Wire.Final(x)!.Body.Length == 0, StartResponseHeadersOnExhaustion, "response", "200 with an empty body", $"{Wire.Final(x)?.StatusCode}")),
        Body(StartResponseServerNoAssumption, null, "start_response called in the iterable's first next() works",
            new Scenario { StartIn = "iter", Status = "201 Created", Body = [BodyStep.Data("made")] },
            (ev, x) => Expect.That(ev, Wire.Final(x)?.StatusCode == 201 && Wire.Final(x)!.Body.AsSpan().SequenceEqual("made"u8), StartResponseServerNoAssumption, "response", "201 and b'made'",
                $"{Wire.Final(x)?.StatusCode} {Py.BytesRepr(Wire.Final(x)?.Body ?? [])}")),
    ];

    // The app makes a mistake the server must react to; the judge checks the server's reaction in the trace.
    private static Case Reacts(Wsgi.Catalogue.Rule rule, string? variant, string title, Scenario scenario) =>
        new(Id(rule, variant), title, [rule], async (ctx, ev) =>
        {
            var (_, trace) = await ctx.ProbeAsync(ev, new ProbeRequest { Scenario = scenario with { Respond = "scenario" } }).ConfigureAwait(false);
            Expect.Trace(ev, trace, [rule]);
        });

    // The app sends a scripted response; the check reads the wire.
    internal static Case Body(Wsgi.Catalogue.Rule rule, string? variant, string title, Scenario scenario, Action<Evidence, RawExchange> check, ProbeRequest? request = null) =>
        new(Id(rule, variant), title, [rule], async (ctx, ev) =>
        {
            var (wire, _) = await ctx.ProbeAsync(ev, (request ?? new ProbeRequest()) with { Scenario = scenario with { Respond = "scenario" } }).ConfigureAwait(false);
            if (Expect.Responded(ev, wire))
            {
                check(ev, wire);
            }
        });
}
