using System.Diagnostics;
using Wsgi.Catalogue;
using Wsgi.Conformance.Running;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Tracing;

namespace Wsgi.Conformance.AppChecking;

/// <summary>Checks a Python WSGI app against the app-side rules: starts <c>wsgi_driver.py</c> with it, sends the
/// hand-written requests of <see cref="AppCases"/> and the generated ones, and judges every recorded trace
/// with the one judge. The driver is a correct server, so a server-side rule it breaks is a bug in the
/// driver, reported as an error rather than blamed on the app.</summary>
public static class AppChecker
{
    /// <summary>The rules a check judges: the app-side (and both-sides) rules the judge checks.</summary>
    public static IReadOnlyList<Rule> AppRules { get; } =
        [.. Rules.All.Where(r => r.Party is Party.App or Party.Both && Coverage.ValidatorRuleIds.Contains(r.Id))];

    /// <summary>How many traces with violations a case keeps as evidence.</summary>
    public const int TracesKept = 3;

    /// <summary>An exchange that moved more bytes than this (request body plus response body, which its trace
    /// holds) has its trace kept only when it shows a violation.</summary>
    public const int LargeTrace = 64 * 1024;

    /// <summary>The ids of the cases a check runs with <paramref name="options"/>, in order.</summary>
    public static IReadOnlyList<Case> Cases(AppCheckOptions options) => [.. AppCases.For(options).Select(c => c.Case)];

    /// <summary>Runs the check. Throws <see cref="DriverException"/> when the driver cannot start or import the
    /// app at all; a driver that dies or hangs later makes that case an error, and the run goes on.</summary>
    public static async Task<RunResult> RunAsync(AppCheckOptions options, Action<CaseResult>? observe, CancellationToken token)
    {
        DateTimeOffset started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await using IAppSession session = options.Session is { } start
            ? await start(token).ConfigureAwait(false)
            : await AppSession.StartAsync(options.Driver, token).ConfigureAwait(false);
        var results = new List<CaseResult>();
        foreach (AppCase c in AppCases.For(options))
        {
            var ev = new Evidence();
            var caseClock = Stopwatch.StartNew();
            await c.Run(session, ev, token).ConfigureAwait(false);
            CaseResult result = CaseResult.Judge(c.Case, ev, caseClock.Elapsed.TotalMilliseconds);
            results.Add(result);
            observe?.Invoke(result);
        }

        return new RunResult
        {
            Version = typeof(AppChecker).Assembly.GetName().Version?.ToString(3) ?? "0",
            Target = "app " + options.Driver.App,
            TargetDescription = $"{options.Driver.App} under {session.Description}, Python {session.PythonVersion}",
            Started = started,
            DurationS = clock.Elapsed.TotalSeconds,
            Seed = options.Seed,
            Complete = true,
            Cases = results,
        };
    }

    /// <summary>Sends each request and judges it; a driver failure is noted and the case goes on.</summary>
    internal static async Task SendAllAsync(IAppSession session, Evidence ev, IEnumerable<AppRequest> requests, CancellationToken token)
    {
        var failures = new List<string>();
        int sent = 0;
        foreach (AppRequest request in requests)
        {
            sent++;
            AppExchange x;
            try
            {
                x = await session.ServeAsync(request, token).ConfigureAwait(false);
            }
            catch (DriverException e)
            {
                failures.Add(e.Describe());
                continue;
            }

            Judge(x, out List<Violation> appViolations, out List<Violation> driverBugs);
            foreach (Violation v in appViolations)
            {
                ev.Add(v with { Subject = $"{v.Subject} ({request.Describe()})" });
            }

            Keep(ev, x, appViolations.Count > 0 || driverBugs.Count > 0);
            ev.Notes.Add($"{request.Describe()} → {x.Response.Describe()}");
            if (driverBugs.Count > 0)
            {
                failures.Add($"{session.Description} broke server rule(s) serving {request.Describe()} (a bug in the harness, not the app): {string.Join("; ", driverBugs)}");
            }
        }

        ReportFailures(ev, failures, sent);
    }

    /// <summary>Driver failures: the case's error when nothing else was found, a note otherwise.</summary>
    internal static void ReportFailures(Evidence ev, List<string> failures, int sent)
    {
        if (failures.Count == 0)
        {
            return;
        }

        string what = $"{failures.Count} of {sent} request(s) failed in the driver; the first: {failures[0]}";
        if (ev.Violations.Count == 0)
        {
            ev.Error = what;
        }
        else
        {
            ev.Notes.Add(what);
        }
    }

    /// <summary>Judges one exchange: the app-side violations, and the server-side ones (bugs of the harness's host).</summary>
    internal static void Judge(AppExchange x, out List<Violation> app, out List<Violation> driverBugs)
    {
        app = [];
        driverBugs = [];
        foreach (Violation v in TraceReplay.Judge(x.Trace))
        {
            if (v.Rule.Party is Party.App or Party.Both)
            {
                app.Add(v);
            }
            else
            {
                driverBugs.Add(v);
            }
        }
    }

    /// <summary>Keeps the trace as evidence: the first few that show a violation, and the first exchange's when it is small.</summary>
    internal static void Keep(Evidence ev, AppExchange x, bool broken)
    {
        if (broken ? ev.Traces.Count < TracesKept + 1 : ev.Traces.Count == 0 && x.Request.Input.Length + x.Response.BodyLength <= LargeTrace)
        {
            ev.Traces.Add(x.Trace);
        }
    }
}
