using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using Wsgi.Catalogue;
using Wsgi.Conformance.Cases;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Probe;
using Wsgi.Conformance.Running;
using Wsgi.Python;
using Wsgi.Validator.Judging;

namespace Wsgi.Conformance.Properties;

/// <summary>Runs one property case: <see cref="CaseContext.Examples"/> generated requests (each from its own
/// seed, derived from the run's seed, the case id and its index, so any one can be replayed) sent to the
/// probe in parallel, each compared with <see cref="EnvironOracle"/>; for each rule broken (the most severe
/// first, at most <see cref="MaxCounterexamples"/>) the first failing example is shrunk with FsCheck's
/// shrinker, one request per step, to a minimal counterexample that still breaks that rule. The evidence
/// holds the counterexamples' exact bytes, expected and actual values, the seed and the command that
/// replays them; the exchanges of passing examples are not kept.</summary>
internal static class PropertyCheck
{
    /// <summary>How many broken rules get their own shrunk counterexample.</summary>
    public const int MaxCounterexamples = 3;

    /// <summary>How many generated requests are in flight at once.</summary>
    public const int Concurrency = 8;

    private const int MaxShrinkAttempts = 200;

    /// <summary>The case body for <paramref name="rules"/>.</summary>
    public static async Task RunAsync(CaseContext ctx, Evidence ev, string caseId, IReadOnlyList<Rule> rules)
    {
        long baseSeed = ctx.Random.NextInt64();
        Arbitrary<GeneratedRequest> arbitrary = RequestArbitraries.Requests();
        var results = new ExampleResult[ctx.Examples];
        await Parallel.ForEachAsync(Enumerable.Range(0, ctx.Examples), new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = ctx.Token },
            async (i, _) => results[i] = await SendAsync(ctx, Example(arbitrary, baseSeed, i), rules).ConfigureAwait(false)).ConfigureAwait(false);

        var broken = results.SelectMany((r, i) => r.Mismatches.Select(m => (m.Rule, Index: i)))
            .GroupBy(x => x.Rule).Select(g => (Rule: g.Key, First: g.Min(x => x.Index), Count: g.Select(x => x.Index).Distinct().Count()))
            .OrderBy(g => g.Rule.Level).ThenBy(g => g.First).Take(MaxCounterexamples).ToList();
        int refused = results.Count(r => r.Problem is not null);
        var shrinkClock = Stopwatch.StartNew();
        TimeSpan shrinkBudget = ctx.Probe.Timeout * 2;
        foreach (var (rule, first, count) in broken)
        {
            var (smallest, steps) = await ShrinkAsync(ctx, arbitrary, results[first], r => r.Mismatches.Any(m => m.Rule == rule), rules, shrinkClock, shrinkBudget).ConfigureAwait(false);
            Record(ev, smallest);
            foreach (Mismatch m in smallest.Mismatches.Where(m => m.Rule == rule))
            {
                ev.Add(new Violation(m.Rule, $"{m.Subject} for generated request #{first} (shrunk in {steps} steps)", m.Expected, m.Actual, 0));
            }

            ev.Notes.Add($"[{rule.Id}] broken by {count} of {ctx.Examples} generated requests; smallest counterexample: {Py.BytesRepr(smallest.Bytes)}; {Replay(ctx, caseId)}");
        }

        if (refused > 0)
        {
            int first = Array.FindIndex(results, r => r.Problem is not null);
            var (smallest, steps) = await ShrinkAsync(ctx, arbitrary, results[first], r => r.Problem is not null, rules, shrinkClock, shrinkBudget).ConfigureAwait(false);
            Record(ev, smallest);
            string what = $"{refused} of {ctx.Examples} valid generated requests got no probe trace ({smallest.Problem}; {Expect.Describe(smallest.Wire)}); " +
                $"smallest (#{first}, shrunk in {steps} steps): {Py.BytesRepr(smallest.Bytes)}; {Replay(ctx, caseId)}";
            if (broken.Count == 0)
            {
                ev.Error = what;
            }
            else
            {
                ev.Notes.Add(what);
            }
        }

        if (broken.Count == 0 && refused == 0)
        {
            ev.Notes.Add($"{ctx.Examples} generated requests agree with the oracle (seed {ctx.Seed}: {results.Count(r => r.Request.Body.Kind == BodyKind.Chunked)} chunked, " +
                $"{results.Count(r => r.Request.AbsoluteForm)} absolute-form, {results.Count(r => r.Request.Http10)} HTTP/1.0)");
        }
    }

    /// <summary>Example <paramref name="index"/> of a run: the same seed and index give the same request.</summary>
    public static GeneratedRequest Example(Arbitrary<GeneratedRequest> arbitrary, long baseSeed, int index)
    {
        // Sizes cycle 5..100 so that small and large examples alternate whatever the count.
        int size = 5 + (index % 20 * 5);
        return arbitrary.Generator.Sample(1, new Rnd(Mix(unchecked((ulong)baseSeed + (ulong)index))), size)[0];
    }

    // SplitMix64's finaliser: neighbouring indexes get unrelated seeds (seed + k * gamma would replay one
    // stream shifted by k steps, since FsCheck's Rnd is SplitMix with that same gamma).
    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>Sends one generated request to the probe (its scenario reads the whole body with one read(n))
    /// and compares the trace with the oracle; mismatches outside <paramref name="rules"/> are left out.</summary>
    public static async Task<ExampleResult> SendAsync(CaseContext ctx, GeneratedRequest request, IReadOnlyList<Rule> rules)
    {
        var scenario = new Scenario { Input = request.Body.Data.Length > 0 ? [["read", request.Body.Data.Length]] : null };
        byte[] bytes = request.Render(ctx.Target, [("X-Probe", scenario.ToHeaderValue())]);
        RawExchange wire = await ctx.Probe.SendAsync(request.ToRawRequest(bytes), ctx.Token).ConfigureAwait(false);
        var trace = ProbeClient.TraceFrom(wire.Response, out string? problem);
        if (trace is null)
        {
            return new ExampleResult(request, bytes, wire, null, problem ?? "no trace", []);
        }

        trace.Wire = wire.ToWire();
        List<Mismatch> mismatches = OracleComparison.Compare(EnvironOracle.Expect(bytes, ctx.Target.Mount), trace);
        return new ExampleResult(request, bytes, wire, trace, null, [.. mismatches.Where(m => rules.Contains(m.Rule))]);
    }

    private static async Task<(ExampleResult Smallest, int Steps)> ShrinkAsync(CaseContext ctx, Arbitrary<GeneratedRequest> arbitrary, ExampleResult start,
        Func<ExampleResult, bool> stillFails, IReadOnlyList<Rule> rules, Stopwatch clock, TimeSpan budget)
    {
        ExampleResult current = start;
        int steps = 0, attempts = 0;
        bool progressed = true;
        while (progressed && attempts < MaxShrinkAttempts && clock.Elapsed < budget && !ctx.Token.IsCancellationRequested)
        {
            progressed = false;
            foreach (GeneratedRequest candidate in arbitrary.Shrinker(current.Request))
            {
                if (++attempts > MaxShrinkAttempts || clock.Elapsed >= budget)
                {
                    break;
                }

                ExampleResult result = await SendAsync(ctx, candidate, rules).ConfigureAwait(false);
                if (stillFails(result))
                {
                    current = result;
                    steps++;
                    progressed = true;
                    break;
                }
            }
        }

        return (current, steps);
    }

    private static void Record(Evidence ev, ExampleResult r)
    {
        lock (ev)
        {
            ev.Exchanges.Add(r.Wire);
            if (r.Trace is not null)
            {
                ev.Traces.Add(r.Trace);
            }
        }
    }

    private static string Replay(CaseContext ctx, string caseId) =>
        $"seed {ctx.Seed}; replay: wsgi-conformance run --url {ctx.Target.BaseUri} --case '{caseId}' --seed {ctx.Seed} --examples {ctx.Examples}";
}
