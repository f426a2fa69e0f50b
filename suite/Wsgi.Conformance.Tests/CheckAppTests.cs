using System.Diagnostics;
using System.Text.Json;
using Wsgi.Apps.Broken;

namespace Wsgi.Conformance.Tests;

/// <summary><c>wsgi-conformance check-app</c> on real Python apps under reference-apps/python/wsgi_driver.py: the
/// good apps pass, each broken app is caught with exactly its rule id, frameworks from Debian's packages
/// answer their routes, and a dying, hanging or unimportable app is reported without stopping the run.</summary>
public sealed class CheckAppTests
{
    private static readonly string Apps = Repo.Path("reference-apps", "python");
    private static readonly string BrokenFolder = BrokenPythonApps.Folder;
    private static readonly string Frameworks = Repo.Path("reference-apps", "python", "frameworks");

    public static TheoryData<string> BrokenModules => [.. BrokenPythonApps.Modules()];

    public static TheoryData<string> FrameworkModules => ["flask_app", "django_app", "bottle_app", "falcon_app", "pyramid_app", "webob_app"];

    private static string RuleOf(string module) => BrokenPythonApps.RuleOf(module);

    private static string Out(string name) => Directory.CreateTempSubdirectory("check-app-" + name + "-").FullName;

    private static JsonDocument Results(string folder) => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));

    private static IEnumerable<string> Notes(JsonDocument results, string caseId) =>
        results.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("id").GetString() == caseId)
            .GetProperty("evidence").GetProperty("notes").EnumerateArray().Select(n => n.GetString()!);

    [Theory]
    [InlineData("hello")]
    [InlineData("callable_class")]
    public void Good_apps_pass_every_case_and_get_the_four_reports(string module)
    {
        string output = Out(module);

        var (code, stdout, stderr) = Cli.Run("check-app", module + ":application", "--path", Apps, "--out", output);

        Assert.True(code == 0, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Contains(" 0 fail, 0 warn, 0 error", stdout);
        foreach (string report in new[] { "results.json", "report.html", "junit.xml", "summary.md" })
        {
            Assert.True(File.Exists(Path.Combine(output, report)), report);
        }

        using JsonDocument results = Results(output);
        Assert.Contains("GET '/' → 200 OK", string.Join('\n', Notes(results, "app/get")));
        Directory.Delete(output, recursive: true);
    }

    [Theory]
    [MemberData(nameof(BrokenModules))]
    public void Each_broken_app_exits_1_naming_exactly_its_rule(string module)
    {
        string rule = RuleOf(module);
        string output = Out(module);

        var (code, stdout, stderr) = Cli.Run("check-app", module + ":application", "--path", BrokenFolder, "--examples", "30", "--out", output, "--quiet");

        Assert.True(code == 1, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Contains($"{module}:application breaks: {rule}\n", stdout.ReplaceLineEndings("\n"));
        using JsonDocument results = Results(output);
        string violations = string.Join('\n', results.RootElement.GetProperty("cases").EnumerateArray()
            .SelectMany(c => c.GetProperty("evidence").GetProperty("violations").EnumerateArray()).Select(v => v.GetProperty("rule").GetString()));
        Assert.Contains(rule, violations);
        Directory.Delete(output, recursive: true);
    }

    [Fact]
    public void There_is_one_broken_Python_app_per_broken_CSharp_app()
    {
        var python = BrokenPythonApps.Modules().Select(RuleOf).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(BrokenApps.ByRuleId.Keys.Order(StringComparer.Ordinal), python);
        Assert.All(BrokenPythonApps.Modules(), m => Assert.Equal(RuleOf(m).Replace('.', '_'), m));
    }

    /// <summary>What each framework breaks with seed 1 and 2,000 generated requests, as docs/FINDINGS.md explains
    /// (checked by hand against the framework's source).</summary>
    private static readonly Dictionary<string, string?> FrameworkFindings = new()
    {
        ["flask_app"] = null,
        ["django_app"] = null,
        ["bottle_app"] = "input.app.no_overread", // Bottle re-parses a chunked body the server already decoded.
        ["falcon_app"] = null,
        ["pyramid_app"] = null,
        ["webob_app"] = null,
    };

    [Theory]
    [MemberData(nameof(FrameworkModules))]
    public void Framework_sample_apps_answer_their_routes_and_break_only_their_known_rules(string module)
    {
        string output = Out(module);

        var (code, stdout, stderr) = Cli.Run("check-app", module + ":application", "--python", "/usr/bin/python3", "--path", Frameworks,
            "--routes", Path.Combine(Frameworks, "routes.txt"), "--examples", "2000", "--seed", "1", "--out", output, "--quiet");

        string? finding = FrameworkFindings[module];
        Assert.True(code == (finding is null ? 0 : 1), $"exit {code}\n{stdout}\n{stderr}");
        if (finding is not null)
        {
            Assert.Contains($"{module}:application breaks: {finding}\n", stdout.ReplaceLineEndings("\n"));
        }

        using JsonDocument results = Results(output);
        string routes = string.Join('\n', Notes(results, "app/routes"));
        Assert.Contains("GET '/' → 200", routes);
        Assert.Contains("GET '/json?name=x' → 200", routes);
        Assert.Contains("GET '/missing' → 404", routes);
        Assert.Contains("GET '/error' → 500", routes);
        Assert.Contains("POST '/echo' with a 14-byte body → 200 OK, 14 byte(s)", routes);
        Assert.Contains("POST '/echo' with a 1048576-byte body → 200 OK, 1048576 byte(s)", routes);
        Assert.Contains(module == "bottle_app" ? "and no CONTENT_LENGTH → 400" : "and no CONTENT_LENGTH → 200 OK, 0 byte(s)", routes);
        Directory.Delete(output, recursive: true);
    }

    [Fact]
    public void A_dying_or_hanging_app_is_an_error_with_its_stderr_and_the_run_goes_on()
    {
        string folder = Directory.CreateTempSubdirectory("check-app-bad-").FullName;
        File.WriteAllText(Path.Combine(folder, "fragile.py"), """
            import os, sys, time

            def application(environ, start_response):
                if environ["PATH_INFO"] == "/die":
                    sys.stderr.write("fragile: dying on purpose\n")
                    sys.stderr.flush()
                    os._exit(7)
                if environ["PATH_INFO"] == "/hang":
                    time.sleep(3600)
                start_response("200 OK", [("Content-Type", "text/plain")])
                return [b"ok\n"]
            """);
        File.WriteAllText(Path.Combine(folder, "routes.txt"), "/die\n/hang\n/fine\n");
        string output = Out("fragile");
        var clock = Stopwatch.StartNew();

        var (code, stdout, stderr) = Cli.Run("check-app", "fragile:application", "--path", folder, "--routes", Path.Combine(folder, "routes.txt"),
            "--timeout", "1", "--examples", "20", "--out", output, "--quiet");

        Assert.True(code == 2, $"exit {code}\n{stdout}\n{stderr}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        using JsonDocument results = Results(output);
        JsonElement routes = results.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "app/routes");
        Assert.Equal("error", routes.GetProperty("outcome").GetString());
        string message = routes.GetProperty("message").GetString()!;
        Assert.Contains("4 of 6 request(s) failed in the driver", message); // GET and HEAD of /die and /hang.
        Assert.Contains("the driver died (exit code 7) while serving GET '/die'", message);
        Assert.Contains("fragile: dying on purpose", message);
        Assert.Contains("GET '/fine' → 200 OK", string.Join('\n', Notes(results, "app/routes")));
        // The generated requests aimed at /die and /hang fail the same way; the others are still served.
        JsonElement generated = results.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "app/generated");
        Assert.Equal("error", generated.GetProperty("outcome").GetString());
        Assert.Matches("^[0-9]+ of 20 request\\(s\\) failed in the driver", generated.GetProperty("message").GetString());
        Assert.Contains(Notes(results, "app/generated"), n => n.StartsWith("statuses: 200 x", StringComparison.Ordinal));
        Directory.Delete(folder, recursive: true);
        Directory.Delete(output, recursive: true);
    }

    [Fact]
    public void An_app_that_cannot_be_imported_exits_2_with_the_traceback()
    {
        var (code, _, stderr) = Cli.Run("check-app", "no_such_module:application", "--path", Apps, "--out", Out("missing"));

        Assert.Equal(2, code);
        Assert.Contains("cannot check no_such_module:application", stderr);
        Assert.Contains("ModuleNotFoundError: No module named 'no_such_module'", stderr);
    }

    [Theory]
    [InlineData("hello", "the app is MODULE:CALLABLE")]
    [InlineData("hello:application --python /no/such/python", "cannot start the Python interpreter \"/no/such/python\"")]
    [InlineData("hello:application --path /no/such/folder", "--path: no such folder")]
    [InlineData("hello:application --routes /no/such/routes.txt", "--routes: no such file")]
    [InlineData("hello:application --fail-on maybe", "maybe")]
    public void Bad_input_exits_2_saying_what_is_wrong(string args, string said)
    {
        var (code, _, stderr) = Cli.Run(["check-app", .. args.Split(' '), "--out", Out("usage")]);

        Assert.Equal(2, code);
        Assert.Contains(said, stderr);
    }

    [Fact]
    public void A_bad_routes_line_is_named_with_its_number()
    {
        string routes = Path.Combine(Out("routes"), "routes.txt");
        File.WriteAllText(routes, "# comment\n/fine\nnot a route\n");

        var (code, _, stderr) = Cli.Run("check-app", "hello:application", "--path", Apps, "--routes", routes, "--out", Out("routes"));

        Assert.Equal(2, code);
        Assert.Contains("routes.txt:3:", stderr);
    }

    [Fact]
    public void Drives_at_least_200_generated_requests_per_second()
    {
        string output = Out("speed");

        var (code, stdout, _) = Cli.Run("check-app", "hello:application", "--path", Apps, "--examples", "1000", "--out", output, "--quiet");

        Assert.Equal(0, code);
        using JsonDocument results = Results(output);
        double ms = results.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "app/generated").GetProperty("duration_ms").GetDouble();
        double perSecond = 1000 / (ms / 1000);
        Assert.True(perSecond >= 200, $"{perSecond:0} generated requests/s through the driver\n{stdout}");
        Directory.Delete(output, recursive: true);
    }
}
