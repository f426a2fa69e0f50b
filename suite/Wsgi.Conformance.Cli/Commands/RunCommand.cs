using System.CommandLine;
using System.Diagnostics;
using Wsgi.Apps;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Probe;
using Wsgi.Conformance.Running;
using Wsgi.Reports;
using Wsgi.Server;

namespace Wsgi.Conformance.Cli.Commands;

/// <summary><c>wsgi-conformance run [--url URL] --out DIR</c>: runs the suite against a server hosting
/// the probe (or, without --url, the embedded reference server hosting the C# probe) and writes the
/// reports. Exit 0 when no MUST rule failed, 1 when one did, 2 for usage or harness errors. With
/// <c>--baseline FILE</c> (expected outcomes by case id) the reports mark regressions and fixes and the
/// exit code is 1 only for regressions; <c>--write-baseline FILE</c> records this run's outcomes.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var url = new Option<string?>("--url") { Description = "Where the probe is served, like http://127.0.0.1:8000/. Without it, the embedded reference server is tested." };
        var output = new Option<string>("--out") { Description = "The folder for results.json, report.html, junit.xml and summary.md.", Required = true };
        var cases = new Option<string[]>("--case") { Description = "Only cases whose id matches this glob (* and ?); repeatable.", AllowMultipleArgumentsPerToken = true };
        var timeout = new Option<double>("--timeout") { Description = "Seconds one exchange may take (default 5).", DefaultValueFactory = _ => 5 };
        var parallel = new Option<int>("--parallel") { Description = "Cases run at once (default 4).", DefaultValueFactory = _ => 4 };
        var seed = new Option<int>("--seed") { Description = "Seed of generated requests (default 1).", DefaultValueFactory = _ => 1 };
        var examples = new Option<int>("--examples") { Description = "Generated requests per property case (default 100).", DefaultValueFactory = _ => 100 };
        var replay = new Option<int?>("--replay") { Description = "Run only generated example N of each property case (with the same --seed): the replay a report's counterexample names." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress lines." };
        var baseline = new Option<string?>("--baseline") { Description = "Expected outcomes by case id (JSON object, id -> outcome; unnamed cases are expected to pass): exit 1 only on regressions against it." };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Write this run's outcomes by case id to FILE, as a baseline for later runs." };
        var target = TargetOption.Create();
        var command = new Command("run", "Run the conformance suite against a server and write the reports.") { url, target, output, cases, timeout, parallel, seed, examples, replay, quiet, baseline, writeBaseline };
        command.SetAction((parsed, token) => TargetOption.RunAsync(parsed.GetValue(target), parsed.GetValue(url), parsed.GetResult(parallel) is { Implicit: false }, parsed.GetValue(output)!, stderr, (targetUrl, targetParallel) => RunAsync(stdout, stderr, new Settings(
            targetUrl ?? parsed.GetValue(url), parsed.GetValue(output)!, parsed.GetValue(cases) ?? [], parsed.GetValue(timeout), targetParallel ?? parsed.GetValue(parallel), parsed.GetValue(seed), parsed.GetValue(quiet),
            parsed.GetValue(baseline), parsed.GetValue(writeBaseline), parsed.GetValue(examples), parsed.GetValue(replay)), token), token));
        return command;
    }

    private static async Task<int> RunAsync(TextWriter stdout, TextWriter stderr, Settings s, CancellationToken token)
    {
        s.Validate();
        Baseline? baseline;
        try
        {
            baseline = s.Baseline is null ? null : Baseline.Read(s.Baseline);
        }
        catch (ReportFileException e)
        {
            throw new UsageException(e.Message);
        }

        IReadOnlyList<Case> selected;
        try
        {
            selected = SuiteCatalogue.Select(s.Cases);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        Directory.CreateDirectory(s.Out);
        WsgiServerHandle? embedded = null;
        try
        {
            Target target;
            string? description;
            if (s.Url is null)
            {
                if (!ReferenceApps.Good.TryGetValue("probe", out var probeApp))
                {
                    throw new UsageException("this build has no embedded C# probe; pass --url");
                }

                embedded = await WsgiServer.StartAsync(probeApp(), new WsgiServerOptions { Errors = TextWriter.Null }, token).ConfigureAwait(false);
                target = Target.Parse(embedded.Uri.ToString());
                description = $"embedded reference server ({WsgiServer.Software})";
            }
            else
            {
                try
                {
                    target = Target.Parse(s.Url);
                }
                catch (ArgumentException e)
                {
                    throw new UsageException(e.Message);
                }

                description = null;
            }

            using var probe = new ProbeClient(target, TimeSpan.FromSeconds(s.Timeout));
            bool probeFound = true;
            try
            {
                description ??= await probe.CheckAsync(token).ConfigureAwait(false);
            }
            catch (TargetException e)
            {
                // Said at once and plainly; the cases still run (each ends as error or fail within its
                // timeout) so that results.json records what the server did.
                stderr.WriteLine($"wsgi-conformance: {e.Message}");
                description = "no probe found: " + e.Message;
                probeFound = false;
            }

            int code = await RunCasesAsync(stdout, s, selected, target, description, probeFound ? ProbeClient.ProtocolVersion : null, probe, baseline, token).ConfigureAwait(false);
            return probeFound || code == 1 ? code : Program.UsageError;
        }
        finally
        {
            if (embedded is not null)
            {
                await embedded.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> RunCasesAsync(TextWriter stdout, Settings s, IReadOnlyList<Case> selected, Target target, string? description, int? probeVersion, ProbeClient probe, Baseline? baseline, CancellationToken token)
    {
        DateTimeOffset started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var done = new List<CaseResult>();
        var lastWrite = Stopwatch.StartNew();
        RunResult Snapshot(IReadOnlyList<CaseResult> results, bool complete) => new()
        {
            Version = ToolInfo.Version,
            Target = target.ToString(),
            TargetDescription = description,
            ProbeProtocolVersion = probeVersion,
            Started = started,
            DurationS = clock.Elapsed.TotalSeconds,
            Seed = s.Seed,
            Complete = complete,
            Cases = results,
        };

        Reporter json = Reporter.All.Single(r => r.Name == "json");
        void Observe(CaseResult r)
        {
            lock (done)
            {
                done.Add(r);
                if (!s.Quiet)
                {
                    stdout.WriteLine($"[{done.Count,4}/{selected.Count}] {ResultsJson.Name(r.Outcome),-11} {r.Case.Id}{(r.Outcome is Outcome.Pass ? "" : "  " + Reports.Text.Cut(r.Message, 160))}");
                }

                // Partial results as the run goes, so a killed run still leaves a valid results.json.
                if (lastWrite.ElapsedMilliseconds > 250)
                {
                    json.WriteTo(Snapshot([.. done], complete: false), s.Out, baseline);
                    lastWrite.Restart();
                }
            }
        }

        var options = new RunOptions { Timeout = TimeSpan.FromSeconds(s.Timeout), Parallel = s.Parallel, Seed = s.Seed, Examples = s.Examples, Replay = s.Replay };
        IReadOnlyList<CaseResult> results = await SuiteRunner.RunAsync(probe, selected, options, Observe, token).ConfigureAwait(false);
        RunResult run = Snapshot(results, complete: true);
        foreach (Reporter reporter in Reporter.All)
        {
            reporter.WriteTo(run, s.Out, baseline);
        }

        if (s.WriteBaseline is { } baselineFile)
        {
            WriteBaseline(run, baselineFile);
        }

        stdout.WriteLine($"{run.Cases.Count} cases in {run.DurationS:0.0} s: {run.Count(Outcome.Pass)} pass, {run.Count(Outcome.Fail)} fail, {run.Count(Outcome.Warn)} warn, " +
            $"{run.Count(Outcome.Info)} info, {run.Count(Outcome.Unsupported)} unsupported, {run.Count(Outcome.Error)} error. Reports in {s.Out}");
        if (baseline is not null)
        {
            int regressions = baseline.Regressions(run).Count();
            int fixes = run.Cases.Count(c => baseline.Compare(c.Case.Id, c.Outcome) == BaselineChange.Fix);
            stdout.WriteLine($"Against the baseline {baseline.Source}: {regressions} regressions, {fixes} fixes{(fixes > 0 ? " (update it with --write-baseline)" : "")}.");
            return regressions > 0 ? 1 : 0;
        }

        return run.AnyFail ? 1 : run.Count(Outcome.Error) > 0 ? Program.UsageError : 0;
    }

    // Written next to itself and renamed, so that a baseline under version control is never half written.
    private static void WriteBaseline(RunResult run, string path)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using (var stream = File.Create(full + ".tmp"))
        {
            Baseline.From(run).Write(stream);
        }

        File.Move(full + ".tmp", full, overwrite: true);
    }

    private sealed record Settings(string? Url, string Out, string[] Cases, double Timeout, int Parallel, int Seed, bool Quiet, string? Baseline, string? WriteBaseline, int Examples = 100, int? Replay = null)
    {
        public void Validate()
        {
            var problems = new List<string>();
            if (string.IsNullOrWhiteSpace(Out))
            {
                problems.Add("--out must name a folder for the reports");
            }

            if (Timeout is <= 0 or > 600)
            {
                problems.Add($"--timeout must be between 0 and 600 seconds; got {Timeout}");
            }

            if (Parallel is < 1 or > 64)
            {
                problems.Add($"--parallel must be from 1 to 64; got {Parallel}");
            }

            if (Examples is < 1 or > 100_000)
            {
                problems.Add($"--examples must be from 1 to 100000; got {Examples}");
            }

            if (Replay is < 0)
            {
                problems.Add($"--replay names a generated example by its index, 0 or more; got {Replay}");
            }

            if (problems.Count > 0)
            {
                throw new UsageException(string.Join("; ", problems));
            }
        }
    }
}
