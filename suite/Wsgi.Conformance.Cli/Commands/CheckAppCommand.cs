using System.CommandLine;
using Wsgi.Conformance.AppChecking;
using Wsgi.Conformance.Cli.Hosting;
using Wsgi.Conformance.Running;
using Wsgi.Reports;

namespace Wsgi.Conformance.Cli.Commands;

/// <summary><c>wsgi-conformance check-app MODULE:CALLABLE --out DIR</c>: checks a Python WSGI app against the
/// app-side rules. The app runs in its own Python process under <c>wsgi_driver.py</c> (embedded in the tool), or
/// with <c>--in-process</c> in this process behind the validator,
/// driven by hand-written and generated requests; every trace is judged and the same reports as <c>run</c>
/// are written. Exit 0 when no app-side rule broke, 1 when one did (MUST or SHOULD; MUST only with
/// <c>--fail-on must</c>), 2 for usage errors, an app that cannot be imported, or driver failures alone.</summary>
internal static class CheckAppCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var app = new Argument<string>("app") { Description = "The WSGI application as MODULE:CALLABLE (CALLABLE may be dotted: module:App.instance)." };
        var python = new Option<string>("--python") { Description = "The Python interpreter that imports the app (default: python3).", DefaultValueFactory = _ => "python3" };
        var paths = new Option<string[]>("--path") { Description = "A folder to put first on the app's sys.path; repeatable.", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "The folder for results.json, report.html, junit.xml and summary.md.", Required = true };
        var examples = new Option<int>("--examples") { Description = "Generated requests (default 100).", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "Seed of generated requests (default 1).", DefaultValueFactory = _ => 1 };
        var routes = new Option<string?>("--routes") { Description = "A file of request targets worth visiting (one per line, like /users/42?page=2; '#' starts a comment)." };
        var timeout = new Option<double>("--timeout") { Description = "Seconds one request may take before the app's process is stopped (default 10).", DefaultValueFactory = _ => 10 };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a rule of this level or above broke: should (default) or must.", DefaultValueFactory = _ => "should" };
        failOn.AcceptOnlyFromAmong("should", "must");
        var quiet = new Option<bool>("--quiet") { Description = "No progress lines." };
        var inProcess = new Option<bool>("--in-process") { Description = "Host the app in this process (pythonnet, Debian's libpython 3.11) behind the validator, instead of wsgi_driver.py under --python." };
        var libPython = new Option<string>("--libpython") { Description = $"With --in-process: the CPython shared library (default {PythonApps.DefaultLibPython}).", DefaultValueFactory = _ => PythonApps.DefaultLibPython };
        var command = new Command("check-app", "Check a Python WSGI application against the app-side rules, with generated requests, and write the reports.")
        {
            app, python, paths, output, examples, seed, routes, timeout, failOn, quiet, inProcess, libPython,
        };
        command.SetAction((parsed, token) =>
        {
            bool hosted = parsed.GetValue(inProcess);
            if (hosted && parsed.GetResult(python) is { Implicit: false })
            {
                throw new UsageException("--python picks the interpreter of wsgi_driver.py; with --in-process the app runs on --libpython");
            }

            return RunAsync(stdout, stderr, parsed.GetValue(app)!, parsed.GetValue(python)!, parsed.GetValue(paths) ?? [], parsed.GetValue(output)!,
                parsed.GetValue(examples), parsed.GetValue(seed), parsed.GetValue(routes), parsed.GetValue(timeout), parsed.GetValue(failOn) == "must", parsed.GetValue(quiet),
                hosted ? parsed.GetValue(libPython)! : null, token);
        });
        return command;
    }

    private static async Task<int> RunAsync(TextWriter stdout, TextWriter stderr, string app, string python, string[] paths, string output, int examples, int seed,
        string? routesFile, double timeout, bool mustOnly, bool quiet, string? libPython, CancellationToken token)
    {
        PythonApps.CheckSpec(app);

        if (examples is < 0 or > 1_000_000)
        {
            throw new UsageException($"--examples must be between 0 and 1000000; got {examples}");
        }

        if (timeout is <= 0 or > 3600 || double.IsNaN(timeout))
        {
            throw new UsageException($"--timeout must be between 0 and 3600 seconds; got {timeout}");
        }

        foreach (string path in paths)
        {
            if (!Directory.Exists(path))
            {
                throw new UsageException($"--path: no such folder: \"{path}\"");
            }
        }

        IReadOnlyList<Route> routes = [];
        if (routesFile is not null)
        {
            if (!File.Exists(routesFile))
            {
                throw new UsageException($"--routes: no such file: \"{routesFile}\"");
            }

            try
            {
                routes = AppCheckOptions.ReadRoutes(routesFile);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }
        }

        Directory.CreateDirectory(output);
        string driverFolder = Path.Combine(Path.GetTempPath(), $"wsgi-conformance-driver-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(driverFolder);
        try
        {
            foreach (string file in DriverFiles)
            {
                File.WriteAllText(Path.Combine(driverFolder, file), ProbeCommand.Read(file));
            }

            var options = new AppCheckOptions
            {
                Driver = new DriverSettings(app, python, Path.Combine(driverFolder, "wsgi_driver.py"), [.. paths.Select(Path.GetFullPath)], TimeSpan.FromSeconds(timeout)),
                Examples = examples,
                Seed = seed,
                Routes = routes,
                Session = libPython is null ? null
                    : _ => Task.FromResult<IAppSession>(InProcessAppSession.Start(libPython, paths, app, TimeSpan.FromSeconds(timeout))),
            };
            int total = AppChecker.Cases(options).Count;
            int done = 0;
            RunResult run;
            try
            {
                run = await AppChecker.RunAsync(options, r =>
                {
                    done++;
                    if (!quiet)
                    {
                        stdout.WriteLine($"[{done,2}/{total}] {ResultsJson.Name(r.Outcome),-11} {r.Case.Id}{(r.Outcome is Outcome.Pass ? "" : "  " + Reports.Text.Cut(r.Message, 160))}");
                    }
                }, token).ConfigureAwait(false);
            }
            catch (DriverException e)
            {
                stderr.WriteLine($"wsgi-conformance: cannot check {app}: {e.Describe()}");
                return Program.UsageError;
            }

            run = run with { Version = ToolInfo.Version };
            foreach (Reporter reporter in Reporter.All)
            {
                reporter.WriteTo(run, output);
            }

            var broken = run.Cases.SelectMany(c => c.RelevantViolations).Select(v => v.Rule).Distinct()
                .Where(r => r.Level is Wsgi.Catalogue.Level.Must or Wsgi.Catalogue.Level.MustNot || !mustOnly && r.Level is Wsgi.Catalogue.Level.Should or Wsgi.Catalogue.Level.ShouldNot)
                .Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
            stdout.WriteLine($"{run.Cases.Count} cases in {run.DurationS:0.0} s: {run.Count(Outcome.Pass)} pass, {run.Count(Outcome.Fail)} fail, {run.Count(Outcome.Warn)} warn, " +
                $"{run.Count(Outcome.Error)} error. Reports in {output}");
            if (broken.Count > 0)
            {
                stdout.WriteLine($"{app} breaks: {string.Join(", ", broken)}");
                return 1;
            }

            return run.Count(Outcome.Error) > 0 ? Program.UsageError : 0;
        }
        finally
        {
            Directory.Delete(driverFolder, recursive: true);
        }
    }

    /// <summary>The embedded files the driver needs.</summary>
    public static readonly string[] DriverFiles = ["wsgi_driver.py", "wsgi_recorder.py"];
}
