using Wsgi.Catalogue;
using Wsgi.Conformance.Probe;
using Wsgi.Conformance.Running;
using Wsgi.Python;
using Wsgi.Validator.Tracing;
using static Wsgi.Catalogue.Rules;
using static Wsgi.Conformance.Cases.CaseKit;
using Trace = Wsgi.Validator.Tracing.Trace;

namespace Wsgi.Conformance.Cases;

/// <summary>PEP 3333, "Specification Details" and the wsgi.multithread / multiprocess / run_once
/// flags: how the server calls the app, and whether its flags tell the truth about how it ran the
/// probe (several requests, some at once: the probe records its process and thread).</summary>
public static class ServerModel
{
    private const int Requests = 8;

    /// <summary>The cases of this section.</summary>
    public static IEnumerable<Case> All =>
    [
        Judged(InvokePositionalTwoArgs),
        WithTrace(StartResponseArity, "exc-info", "start_response accepts the three-argument form (with exc_info)",
            new ProbeRequest { Scenario = new Scenario { Respond = "scenario", Body = [BodyStep.Data("error page")], StartAgain = new StartAgain("500 Internal Server Error", [("Content-Type", "text/plain")], ExcInfo: true, After: 0) } },
            (_, ev, trace) => Calls(ev, trace, StartResponseArity)),
        Flags(EnvironWsgiMultithreadTruthful, "wsgi.multithread", (processes, threadsInOneProcess, _) => threadsInOneProcess > 1 ? true : null,
            "true, since one process ran the app on several threads"),
        Flags(EnvironWsgiMultiprocessTruthful, "wsgi.multiprocess", (processes, _, _) => processes > 1 ? true : null,
            "true, since several processes ran the app"),
        Flags(EnvironWsgiRunOnceTruthful, "wsgi.run_once", (_, _, requestsInOneProcess) => requestsInOneProcess > 1 ? false : null,
            "false, since one process ran the app more than once"),
    ];

    // Every start_response call in the trace must have been accepted (no TypeError for its arity).
    private static void Calls(Evidence ev, Trace? trace, Rule rule)
    {
        if (trace is null)
        {
            Expect.Trace(ev, trace, [rule]);
            return;
        }

        foreach (TraceEvent e in trace.Events.Where(e => e.Kind == EventKinds.StartResponse))
        {
            Expect.That(ev, e.Error is null || !e.Error.StartsWith("TypeError", StringComparison.Ordinal), rule,
                $"start_response with {e.Args.Count} arguments", "accepted", $"raised {e.Error}");
        }
    }

    // Sends several requests, half of them at once, and compares what each flag said with what the
    // probe saw: processes, threads per process, requests per process. A flag is judged only when
    // the observations force its value (null: no verdict either way).
    private static Case Flags(Rule rule, string key, Func<int, int, int, bool?> forced, string expected) =>
        new(rule.Id, $"{key} matches how the server ran the app", [rule], async (ctx, ev) =>
        {
            var batches = new List<Task<(Harness.RawExchange, Trace?)>>();
            for (int i = 0; i < Requests; i++)
            {
                batches.Add(ctx.ProbeAsync(ev, new ProbeRequest()));
            }

            var traces = (await Task.WhenAll(batches).ConfigureAwait(false)).Select(r => r.Item2).OfType<Trace>().ToList();
            if (traces.Count < 2)
            {
                ev.Error = $"only {traces.Count} of {Requests} requests returned a trace";
                return;
            }

            var runs = traces.Select(t => (Pid: Meta(t, "pid"), Thread: Meta(t, "thread"), Flag: (t.Environ as PyDict)?.Get(key))).ToList();
            int processes = runs.Select(r => r.Pid).Distinct().Count();
            int threads = runs.GroupBy(r => r.Pid).Max(g => g.Select(r => r.Thread).Distinct().Count());
            int perProcess = runs.GroupBy(r => r.Pid).Max(g => g.Count());
            ev.Notes.Add($"{traces.Count} requests: {processes} process(es), up to {threads} thread(s) in one, up to {perProcess} request(s) per process");
            if (forced(processes, threads, perProcess) is bool must)
            {
                foreach (var run in runs.Where(r => Truthy(r.Flag) != must).Take(1))
                {
                    Expect.That(ev, false, rule, $"environ[{Py.StrRepr(key)}]", expected, Py.Repr(run.Flag));
                }
            }
        });

    private static object? Meta(Trace t, string name) => t.Meta.GetValueOrDefault(name);

    private static bool Truthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        long n => n != 0,
        int n => n != 0,
        string s => s.Length > 0,
        _ => true,
    };
}
