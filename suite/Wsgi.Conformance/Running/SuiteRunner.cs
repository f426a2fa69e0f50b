using System.Diagnostics;
using Wsgi.Conformance.Probe;

namespace Wsgi.Conformance.Running;

/// <summary>Runs cases against a target, a bounded number at a time, each within its time budget,
/// and returns the verdicts. Prints nothing: progress goes to the observer.</summary>
public static class SuiteRunner
{
    /// <summary>How many exchange timeouts one case may take in all before it ends as an error.</summary>
    public const int CaseBudgetInTimeouts = 4;

    /// <summary>Runs <paramref name="cases"/>; <paramref name="observer"/> sees each result as it comes.</summary>
    public static async Task<IReadOnlyList<CaseResult>> RunAsync(ProbeClient probe, IReadOnlyList<Case> cases, RunOptions options,
        Action<CaseResult>? observer = null, CancellationToken cancellationToken = default)
    {
        var results = new CaseResult[cases.Count];
        using var gate = new SemaphoreSlim(Math.Max(1, options.Parallel));
        var tasks = cases.Select(async (c, i) =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                results[i] = await RunOneAsync(probe, c, options, cancellationToken).ConfigureAwait(false);
                observer?.Invoke(results[i]);
            }
            finally
            {
                gate.Release();
            }
        }).ToArray();
        await Task.WhenAll(tasks).ConfigureAwait(false);
        return results;
    }

    /// <summary>Runs one case; whatever happens, returns exactly one result.</summary>
    public static async Task<CaseResult> RunOneAsync(ProbeClient probe, Case c, RunOptions options, CancellationToken cancellationToken)
    {
        var evidence = new Evidence();
        var clock = Stopwatch.StartNew();
        TimeSpan budget = options.Timeout * CaseBudgetInTimeouts;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(budget);
        var context = new CaseContext(probe, c.Id, options.Seed, cts.Token, options.Examples, options.Replay);
        Task run = Task.Run(() => c.Run(context, evidence), CancellationToken.None);
        Task finished = await Task.WhenAny(run, Task.Delay(budget + TimeSpan.FromSeconds(1), CancellationToken.None)).ConfigureAwait(false);
        if (finished != run)
        {
            evidence.Error = $"the case did not finish within {budget.TotalSeconds:0.#} s";
            _ = run.ContinueWith(t => t.Exception, TaskScheduler.Default);
        }
        else if (run.IsCanceled)
        {
            evidence.Error = $"the case did not finish within {budget.TotalSeconds:0.#} s";
        }
        else if (run.Exception is { } e)
        {
            Exception inner = e.InnerException ?? e;
            evidence.Error = inner is OperationCanceledException
                ? $"the case did not finish within {budget.TotalSeconds:0.#} s"
                : $"harness error: {inner.GetType().Name}: {inner.Message}";
        }

        return CaseResult.Judge(c, evidence, clock.Elapsed.TotalMilliseconds);
    }
}
