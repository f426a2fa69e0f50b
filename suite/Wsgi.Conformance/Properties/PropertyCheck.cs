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

    /// <summary>The case body for <paramref name="rules"/>: generated requests against <see cref="EnvironOracle"/>.</summary>
    public static Task RunAsync(CaseContext ctx, Evidence ev, string caseId, IReadOnlyList<Rule> rules) =>
        RunAsync(ctx, ev, caseId, "request", RequestArbitraries.Requests(), (c, request) => SendAsync(c, request, rules),
            results => $"{results.Count} generated requests agree with the oracle (seed {ctx.Seed}: {results.Count(r => r.Example.Body.Kind == BodyKind.Chunked)} chunked, " +
                $"{results.Count(r => r.Example.AbsoluteForm)} absolute-form, {results.Count(r => r.Example.Http10)} HTTP/1.0)");

    /// <summary>The case body for any generated example: <see cref="CaseContext.Examples"/> examples from
    /// <paramref name="arbitrary"/> sent with <paramref name="send"/>, the broken rules' first examples shrunk;
    /// <paramref name="agree"/> says in one line what a clean run covered; <paramref name="noun"/> names an example in messages.</summary>
    public static async Task RunAsync<T>(CaseContext ctx, Evidence ev, string caseId, string noun, Arbitrary<T> arbitrary,
        Func<CaseContext, T, Task<ExampleResult<T>>> send, Func<IReadOnlyList<ExampleResult<T>>, string> agree)
        where T : notnull
    {
        long baseSeed = ctx.Random.NextInt64();
        int[] indexes = ctx.Replay is int only ? [only] : [.. Enumerable.Range(0, ctx.Examples)];
        var results = new ExampleResult<T>[indexes.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, indexes.Length), new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = ctx.Token },
            async (i, _) => results[i] = await send(ctx, Example(arbitrary, baseSeed, indexes[i])).ConfigureAwait(false)).ConfigureAwait(false);

        var broken = results.SelectMany((r, i) => r.Mismatches.Select(m => (m.Rule, Index: i)))
            .GroupBy(x => x.Rule).Select(g => (Rule: g.Key, First: g.Min(x => x.Index), Count: g.Select(x => x.Index).Distinct().Count()))
            .OrderBy(g => g.Rule.Level).ThenBy(g => g.First).Take(MaxCounterexamples).ToList();
        int refused = results.Count(r => r.Problem is not null);
        var shrinkClock = Stopwatch.StartNew();
        TimeSpan shrinkBudget = ctx.Probe.Timeout * 2;
        foreach (var (rule, first, count) in broken)
        {
            var (smallest, steps) = await ShrinkAsync(ctx, arbitrary, send, results[first], r => r.Mismatches.Any(m => m.Rule == rule), shrinkClock, shrinkBudget).ConfigureAwait(false);
            Record(ev, smallest);
            foreach (Mismatch m in smallest.Mismatches.Where(m => m.Rule == rule))
            {
                ev.Add(new Violation(m.Rule, $"{m.Subject} for generated {noun} #{indexes[first]} (shrunk in {steps} steps)", m.Expected, m.Actual, 0));
            }

            ev.Notes.Add($"[{rule.Id}] broken by {count} of {indexes.Length} generated {noun}s; smallest counterexample: {smallest.Example}; request {Py.BytesRepr(smallest.Bytes)}; {Replay(ctx, caseId, indexes[first])}");
        }

        if (refused > 0)
        {
            int first = Array.FindIndex(results, r => r.Problem is not null);
            var (smallest, steps) = await ShrinkAsync(ctx, arbitrary, send, results[first], r => r.Problem is not null, shrinkClock, shrinkBudget).ConfigureAwait(false);
            Record(ev, smallest);
            string what = $"{refused} of {indexes.Length} valid generated {noun}s got no probe trace ({smallest.Problem}; {Expect.Describe(smallest.Wire)}); " +
                $"smallest (#{indexes[first]}, shrunk in {steps} steps): {smallest.Example}; request {Py.BytesRepr(smallest.Bytes)}; {Replay(ctx, caseId, indexes[first])}";
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
            ev.Notes.Add(agree(results));
        }
    }

    /// <summary>Example <paramref name="index"/> of a run: the same seed and index give the same request.</summary>
    public static T Example<T>(Arbitrary<T> arbitrary, long baseSeed, int index)
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
    public static async Task<ExampleResult<GeneratedRequest>> SendAsync(CaseContext ctx, GeneratedRequest request, IReadOnlyList<Rule> rules)
    {
        var scenario = new Scenario { Input = request.Body.Data.Length > 0 ? [["read", request.Body.Data.Length]] : null };
        byte[] bytes = request.Render(ctx.Target, [("X-Probe", scenario.ToHeaderValue())]);
        RawExchange wire = await ctx.Probe.SendAsync(request.ToRawRequest(bytes), ctx.Token).ConfigureAwait(false);
        var trace = ProbeClient.TraceFrom(wire.Response, out string? problem);
        if (trace is null)
        {
            return new ExampleResult<GeneratedRequest>(request, bytes, wire, null, problem ?? "no trace", []);
        }

        trace.Wire = wire.ToWire();
        List<Mismatch> mismatches = OracleComparison.Compare(EnvironOracle.Expect(bytes, ctx.Target.Mount), trace);
        return new ExampleResult<GeneratedRequest>(request, bytes, wire, trace, null, [.. mismatches.Where(m => rules.Contains(m.Rule))]);
    }

    private static Task<(ExampleResult<T> Smallest, int Steps)> ShrinkAsync<T>(CaseContext ctx, Arbitrary<T> arbitrary, Func<CaseContext, T, Task<ExampleResult<T>>> send,
        ExampleResult<T> start, Func<ExampleResult<T>, bool> stillFails, Stopwatch clock, TimeSpan budget) =>
        Shrinking.ShrinkAsync(arbitrary, start, r => r.Example, candidate => send(ctx, candidate), stillFails, MaxShrinkAttempts,
            () => clock.Elapsed >= budget || ctx.Token.IsCancellationRequested);

    private static void Record<T>(Evidence ev, ExampleResult<T> r)
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

    private static string Replay(CaseContext ctx, string caseId, int index) =>
        $"seed {ctx.Seed}; replay: wsgi-conformance run --url {ctx.Target.BaseUri} --case '{caseId}' --seed {ctx.Seed} --replay {index}";
}
