using Wsgi.Catalogue;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Probe;
using Wsgi.Conformance.Running;
using static Wsgi.Catalogue.Rules;

namespace Wsgi.Conformance.Properties;

/// <summary>The keep-alive property: each generated sequence is sent on one connection, a request once the previous
/// response is in; every response's trace is compared with <see cref="EnvironOracle"/> for its own bytes. A server
/// may close the connection after any response (RFC 9112 §9.3, §9.6), so only the requests it answered are judged.
/// When the app left a body unread, a wrong or missing answer to the next request is laid to the unread body
/// (<c>http1.body.unread_not_parsed</c>) only when the same request alone, on a fresh connection, is answered right.</summary>
internal static class KeepAliveProperty
{
    /// <summary>How long the next request waits for the previous response.</summary>
    public const int ResponseWaitMs = 3000;

    /// <summary>The rules the case judges.</summary>
    public static IReadOnlyList<Rule> Rules { get; } =
        [Http1BodyUnreadNotParsed, EnvironRequestMethodToken, EnvironPathUrlDecoded, EnvironQueryStringRaw, EnvironHttpCorrespondence, EnvironContentLengthValue, InputChunkedDecoded, InputPythonSemantics];

    /// <summary>The case body.</summary>
    public static Task RunAsync(CaseContext ctx, Evidence ev, string caseId) =>
        PropertyCheck.RunAsync(ctx, ev, caseId, "sequence", SequenceArbitraries.Sequences(), SendAsync,
            results => $"{results.Count} generated keep-alive sequences agree with the oracle (seed {ctx.Seed}: {results.Sum(r => r.Example.Steps.Count)} requests, " +
                $"{results.Sum(r => r.Wire.Responses.Count(x => x.StatusCode >= 200))} answered before the server closed; " +
                $"{results.Sum(r => r.Example.Steps.Count(s => s.Read != BodyRead.All && s.Request.Body.Data.Length > 0))} bodies left partly or wholly unread)");

    private static Scenario ScenarioFor(GeneratedRequest request, BodyRead read)
    {
        int length = request.Body.Data.Length;
        int toRead = read switch { BodyRead.All => length, BodyRead.Half => length / 2, _ => 0 };
        return new Scenario { Input = toRead > 0 ? [["read", toRead]] : null };
    }

    // One answer against the oracle for its request's bytes: the mismatches of the case's rules, or why there is no trace.
    private static (List<Mismatch> Found, string? Why) Judge(CaseContext ctx, byte[] bytes, HttpResponseMessageData answer, BodyRead read)
    {
        var trace = ProbeClient.TraceFrom(answer, out string? why);
        if (trace is null)
        {
            return ([], why ?? "no trace");
        }

        List<Mismatch> found = OracleComparison.Compare(EnvironOracle.Expect(bytes, ctx.Target.Mount), trace);
        if (read != BodyRead.All)
        {
            found.RemoveAll(m => m.Rule == InputChunkedDecoded || m.Rule == InputPythonSemantics); // It read less on purpose.
        }

        return ([.. found.Where(m => Rules.Contains(m.Rule))], null);
    }

    /// <summary>Sends one sequence and compares every answered request with the oracle.</summary>
    public static async Task<ExampleResult<GeneratedSequence>> SendAsync(CaseContext ctx, GeneratedSequence sequence)
    {
        var parts = new List<RawPart>();
        var bytes = new List<byte[]>();
        for (int i = 0; i < sequence.Steps.Count; i++)
        {
            var (request, read) = sequence.Steps[i];
            byte[] rendered = request.Render(ctx.Target, [("X-Probe", ScenarioFor(request, read).ToHeaderValue())], close: i == sequence.Steps.Count - 1);
            bytes.Add(rendered);
            parts.Add(new RawPart(rendered, i == 0 ? 0 : ResponseWaitMs, AfterResponses: i));
        }

        var raw = new RawRequest { Parts = parts, NoBody = [.. sequence.Steps.Select(_ => false)] };
        RawExchange wire = await ctx.Probe.SendAsync(raw, ctx.Token).ConfigureAwait(false);
        var finals = wire.Responses.Where(r => r.StatusCode >= 200).ToList();
        var mismatches = new List<Mismatch>();
        string? problem = null;
        for (int i = 0; i < sequence.Steps.Count && i < finals.Count; i++)
        {
            var (request, read) = sequence.Steps[i];
            var (found, why) = Judge(ctx, bytes[i], finals[i], read);
            bool previousUnread = i > 0 && sequence.Steps[i - 1].Read != BodyRead.All && sequence.Steps[i - 1].Request.Body.Data.Length > 0;
            if ((why is not null || found.Count > 0) && previousUnread)
            {
                // Blame the unread body only if the same request, alone on a fresh connection, is answered right.
                byte[] alone = request.Render(ctx.Target, [("X-Probe", ScenarioFor(request, read).ToHeaderValue())]);
                RawExchange single = await ctx.Probe.SendAsync(RawRequest.Of(alone), ctx.Token).ConfigureAwait(false);
                var (aloneFound, aloneWhy) = single.Responses.LastOrDefault(r => r.StatusCode >= 200) is { } answer ? Judge(ctx, alone, answer, read) : ([], "no answer");
                if (aloneWhy is null && aloneFound.Count == 0)
                {
                    mismatches.Add(new Mismatch(Http1BodyUnreadNotParsed, $"the answer to request {i + 1} of {sequence.Steps.Count}, after a body the app left unread",
                        "what the same request gets alone: the probe's trace, as the oracle says", why ?? string.Join("; ", found)));
                    continue;
                }
            }

            if (why is not null)
            {
                problem ??= $"request {i + 1} of {sequence.Steps.Count}: {why}";
            }

            mismatches.AddRange(found.Select(m => m with { Subject = $"{m.Subject} of request {i + 1} of {sequence.Steps.Count}" }));
        }

        if (finals.Count == 0)
        {
            problem ??= $"no answer to the first request ({wire.End}{(wire.ParseError is { } e ? ": " + e : "")})";
        }

        return new ExampleResult<GeneratedSequence>(sequence, [.. bytes.SelectMany(b => b)], wire, null, mismatches.Count > 0 ? null : problem, mismatches);
    }
}
