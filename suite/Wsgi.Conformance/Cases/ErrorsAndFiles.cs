using System.Text;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Probe;
using Wsgi.Conformance.Running;
using Wsgi.Python;
using Wsgi.Validator.Tracing;
using static Wsgi.Catalogue.Rules;
using static Wsgi.Conformance.Cases.CaseKit;
using static Wsgi.Conformance.Cases.StartResponse;

namespace Wsgi.Conformance.Cases;

/// <summary>PEP 3333, "Error Handling" and "Optional Platform-Specific File Handling".</summary>
public static class ErrorsAndFiles
{
    private static readonly byte[] File10k = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0123456789", 1000)));

    /// <summary>The cases of these sections.</summary>
    public static IEnumerable<Case> All =>
    [
        Body(Error5xxBeforeHeaders(), null, "an app that raises before start_response gets a 5xx response",
            new Scenario { Raise = "before_start" },
            (ev, x) => Expect.That(ev, Wire.Final(x)!.StatusCode is >= 500 and < 600, Error5xxBeforeHeaders(), "response status", "5xx", $"{Wire.Final(x)!.StatusCode}")),
        new(ErrorServerPartialResponse.Id, "an app that raises mid-body: what the server does with the connection", [ErrorServerPartialResponse], async (ctx, ev) =>
        {
            var (wire, _) = await ctx.ProbeAsync(ev, new ProbeRequest { Scenario = new Scenario { Respond = "scenario", Body = [BodyStep.Data("partial"), BodyStep.Raise("probe: boom")] } }).ConfigureAwait(false);
            ev.Notes.Add($"after the raise: {Expect.Describe(wire)}; {wire.ReceivedBytes.Length} bytes received");
        }),
        new(ErrorServerTrapAndLog.Id, "after an app error the server goes on serving", [ErrorServerTrapAndLog], async (ctx, ev) =>
        {
            await ctx.ProbeAsync(ev, new ProbeRequest { Scenario = new Scenario { Respond = "scenario", Raise = "before_start" } }).ConfigureAwait(false);
            var (wire, trace) = await ctx.ProbeAsync(ev, new ProbeRequest()).ConfigureAwait(false);
            Expect.That(ev, trace is not null, ErrorServerTrapAndLog, "the next request", "answered by the app", Expect.Describe(wire));
        }),
        WithTrace(FileWrapperOptional, null, "whether the server offers wsgi.file_wrapper", new ProbeRequest(), (_, ev, trace) =>
        {
            if (Expect.Environ(ev, trace) is { } env)
            {
                ev.Notes.Add(env.TryGetValue("wsgi.file_wrapper", out object? fw) ? $"wsgi.file_wrapper is {Py.TypeName(fw)}" : "no wsgi.file_wrapper");
            }
        }),
        FileCase(FileWrapperReadSemantics, "a file sent through wsgi.file_wrapper arrives whole", (ev, wire, trace) =>
        {
            byte[] got = Wire.Final(wire)?.Body ?? [];
            Expect.That(ev, got.AsSpan().SequenceEqual(File10k), FileWrapperReadSemantics, "response body", "the 10000-byte file", $"{got.Length} bytes");
        }),
        FileCase(FileWrapperReturnsIterable, "wsgi.file_wrapper returns an iterable the server can send", (ev, wire, trace) =>
            Expect.That(ev, Wire.Final(wire)?.StatusCode == 200, FileWrapperReturnsIterable, "response", "200 with the file", Expect.Describe(wire))),
        FileCase(FileWrapperSignature, "wsgi.file_wrapper takes (filelike, block_size)", (ev, wire, trace) =>
        {
            var call = trace?.Events.FirstOrDefault(e => e.Kind == EventKinds.FileWrapper);
            Expect.That(ev, call is { Error: null }, FileWrapperSignature, "wsgi.file_wrapper(filelike, 4096)", "accepted", call?.Error ?? "no file_wrapper call recorded");
        }),
        FileCase(FileWrapperContentLengthLimit, "a file sent with a smaller Content-Length stops at that length", (ev, wire, trace) =>
            Expect.That(ev, Wire.Final(wire)?.Body.Length == 5000 && Wire.TrailingBytes(wire) == 0, FileWrapperContentLengthLimit, "response body",
                "5000 bytes, as Content-Length declared", $"{Wire.Final(wire)?.Body.Length} bytes and {Wire.TrailingBytes(wire)} more"),
            headers: [("Content-Type", "application/octet-stream"), ("Content-Length", "5000")]),
        FileCase(FileWrapperCloseDelegates, "closing the file_wrapper result closes the file", (ev, wire, trace) =>
            Expect.That(ev, trace?.Events.Any(e => e.Kind == EventKinds.Close) == true, FileWrapperCloseDelegates, "filelike.close", "called through the wrapper's close()", "never called")),
    ];

    private static Wsgi.Catalogue.Rule Error5xxBeforeHeaders() => ErrorServer5xxBeforeHeaders;

    private static Case FileCase(Wsgi.Catalogue.Rule rule, string title, Action<Evidence, RawExchange, Wsgi.Validator.Tracing.Trace?> check, (string, string)[]? headers = null) =>
        new(Id(rule, null), title, [rule], async (ctx, ev) =>
        {
            var (_, first) = await ctx.ProbeAsync(ev, new ProbeRequest()).ConfigureAwait(false);
            if (Expect.Environ(ev, first) is not { } env)
            {
                return;
            }

            if (!env.ContainsKey("wsgi.file_wrapper"))
            {
                ev.Unsupported = "the server offers no wsgi.file_wrapper (it is optional)";
                return;
            }

            var (wire, trace) = await ctx.ProbeAsync(ev, new ProbeRequest { Scenario = new Scenario { Respond = "scenario", FileSize = File10k.Length, FileBlockSize = 4096, Headers = headers }, LingerMs = headers is null ? 0 : 300 }).ConfigureAwait(false);
            if (Expect.Responded(ev, wire))
            {
                check(ev, wire, trace);
            }
        });
}
