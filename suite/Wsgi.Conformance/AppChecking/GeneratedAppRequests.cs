using System.Globalization;
using FsCheck;
using Wsgi.Catalogue;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Properties;
using Wsgi.Conformance.Running;
using Wsgi.Validator.Judging;

namespace Wsgi.Conformance.AppChecking;

/// <summary>The generated part of an app check: requests from the suite's own generators
/// (<see cref="RequestArbitraries"/>), turned into the environ a correct server gives by the suite's own
/// oracle (<see cref="EnvironOracle"/>), so the app sees what real servers hand it. For each rule broken
/// (the most severe first, at most <see cref="MaxCounterexamples"/>), the first failing request is shrunk
/// with FsCheck's shrinker to a smallest one that still breaks it.</summary>
internal static class GeneratedAppRequests
{
    /// <summary>How many broken rules get their own shrunk counterexample.</summary>
    public const int MaxCounterexamples = 3;

    private const int MaxShrinkAttempts = 200;

    // The authority generated requests name; the driver's SERVER_NAME and SERVER_PORT agree with it.
    private static readonly Target Origin = Target.Parse("http://127.0.0.1:80/");

    public static async Task RunAsync(IAppSession session, Evidence ev, AppCheckOptions options, CancellationToken token)
    {
        Arbitrary<GeneratedRequest> arbitrary = RequestArbitraries.Requests();
        long baseSeed = options.Seed;
        var broken = new Dictionary<Rule, (int First, int Count)>();
        var failures = new List<string>();
        var statuses = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var appErrors = new List<string>();
        for (int i = 0; i < options.Examples; i++)
        {
            GeneratedRequest generated = PropertyCheck.Example(arbitrary, baseSeed, i);
            Route? route = RouteOf(options, i);
            var (violations, failure, x) = await TryAsync(session, generated, route, token).ConfigureAwait(false);
            if (failure is not null)
            {
                failures.Add($"generated request #{i} ({generated}{(route is null ? "" : $", aimed at {route}")}): {failure}");
                continue;
            }

            string status = x?.Response.Status is { Length: >= 3 } st ? st[..3] : "none";
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (x?.Response.Error is { } error)
            {
                appErrors.Add($"#{i} {x.Request.Describe()}: {error}");
            }

            foreach (Rule rule in violations.Select(v => v.Rule).Distinct())
            {
                broken[rule] = broken.TryGetValue(rule, out var seen) ? (seen.First, seen.Count + 1) : (i, 1);
            }
        }

        foreach (var (rule, (first, count)) in broken.OrderBy(b => b.Key.Level).ThenBy(b => b.Value.First).Take(MaxCounterexamples))
        {
            GeneratedRequest start = PropertyCheck.Example(arbitrary, baseSeed, first);
            Route? route = RouteOf(options, first);
            var (smallest, steps) = await ShrinkAsync(session, arbitrary, start, route, rule, token).ConfigureAwait(false);
            AppExchange x;
            try
            {
                x = await session.ServeAsync(ToAppRequest(smallest, route), token).ConfigureAwait(false);
            }
            catch (DriverException e)
            {
                failures.Add($"the smallest counterexample for [{rule.Id}] ({smallest}): {e.Describe()}");
                continue;
            }

            AppChecker.Judge(x, out List<Violation> app, out _);
            foreach (Violation v in app.Where(v => v.Rule == rule))
            {
                ev.Add(v with { Subject = $"{v.Subject} for generated request #{first}, shrunk in {steps} steps to {x.Request.Describe()}" });
            }

            AppChecker.Keep(ev, x, broken: true);
            ev.Notes.Add($"[{rule.Id}] broken by {count} of {options.Examples} generated requests; smallest: {smallest} ({x.Request.Describe()}); " +
                $"replay: wsgi-conformance check-app {options.Driver.App} --seed {options.Seed} --examples {options.Examples}");
        }

        if (broken.Count == 0 && failures.Count == 0)
        {
            ev.Notes.Add($"{options.Examples} generated requests{(options.Routes.Count > 0 ? " (every other one aimed at a route)" : "")}, no app-side rule broken (seed {options.Seed})");
        }

        ev.Notes.Add($"statuses: {string.Join(", ", statuses.Select(s => $"{s.Key} x{s.Value}"))}");
        if (appErrors.Count > 0)
        {
            ev.Notes.Add($"the app raised for {appErrors.Count} generated request(s) (answered 500; not a WSGI violation by itself); the first: {appErrors[0]}");
        }

        AppChecker.ReportFailures(ev, failures, options.Examples);
    }

    /// <summary>The environ (and body) a correct server gives for <paramref name="generated"/>: for each key, the
    /// first value the oracle accepts (for a chunked body, the decoded length as CONTENT_LENGTH when accepted).</summary>
    public static AppRequest ToAppRequest(GeneratedRequest generated) => ToAppRequest(generated, null);

    /// <summary>As <see cref="ToAppRequest(GeneratedRequest)"/>, aimed at <paramref name="route"/> when given: its path and query
    /// replace the generated ones, and its method the generated one when it names one.</summary>
    public static AppRequest ToAppRequest(GeneratedRequest generated, Route? route)
    {
        if (route is not null)
        {
            AppRequest routed = ToAppRequest(generated, null);
            AppRequest target = AppRequest.FromTarget(route.Method ?? routed.Method, route.Target);
            var aimed = new Dictionary<string, string?>(routed.Environ, StringComparer.Ordinal)
            {
                ["REQUEST_METHOD"] = target.Environ["REQUEST_METHOD"],
                ["PATH_INFO"] = target.Environ["PATH_INFO"],
                ["QUERY_STRING"] = target.Environ["QUERY_STRING"],
            };
            return new AppRequest(aimed, routed.Input);
        }

        ExpectedEnviron expected = EnvironOracle.Expect(generated.Render(Origin, []), "");
        var environ = new Dictionary<string, string?>(StringComparer.Ordinal);
        string decodedLength = expected.Input.Length.ToString(CultureInfo.InvariantCulture);
        foreach (ExpectedEntry entry in expected.Entries)
        {
            environ[entry.Key] = entry.Key == "CONTENT_LENGTH" && expected.Input.Length > 0 && entry.Accepted.Contains(decodedLength)
                ? decodedLength
                : entry.Accepted.FirstOrDefault(v => v is not null);
        }

        return new AppRequest(environ, expected.Input);
    }

    // With routes, every other generated request is aimed at the next route in turn.
    private static Route? RouteOf(AppCheckOptions options, int index) =>
        options.Routes.Count > 0 && index % 2 == 1 ? options.Routes[index / 2 % options.Routes.Count] : null;

    private static async Task<(List<Violation> Violations, string? Failure, AppExchange? Exchange)> TryAsync(IAppSession session, GeneratedRequest generated,
        Route? route, CancellationToken token)
    {
        AppExchange x;
        try
        {
            x = await session.ServeAsync(ToAppRequest(generated, route), token).ConfigureAwait(false);
        }
        catch (DriverException e)
        {
            return ([], e.Describe(), null);
        }

        AppChecker.Judge(x, out List<Violation> app, out List<Violation> driverBugs);
        return driverBugs.Count > 0
            ? ([], $"{session.Description} broke server rule(s) (a bug in the harness, not the app): {string.Join("; ", driverBugs)}", x)
            : (app, null, x);
    }

    private static async Task<(GeneratedRequest Smallest, int Steps)> ShrinkAsync(IAppSession session, Arbitrary<GeneratedRequest> arbitrary,
        GeneratedRequest start, Route? route, Rule rule, CancellationToken token)
    {
        var (smallest, steps) = await Shrinking.ShrinkAsync(arbitrary, (Request: start, Breaks: true), r => r.Request,
            async candidate => (candidate, (await TryAsync(session, candidate, route, token).ConfigureAwait(false)).Violations.Any(v => v.Rule == rule)),
            r => r.Breaks, MaxShrinkAttempts, () => token.IsCancellationRequested).ConfigureAwait(false);
        return (smallest.Request, steps);
    }
}
