namespace Wsgi.Conformance.Tests.InProcess;

/// <summary><c>check-app --in-process</c> and <c>serve --python-app</c>: the same verdicts as the driver for every broken
/// app, clear errors with exit 2 for what cannot be loaded, and a served Python app that stops cleanly.</summary>
[Collection(PythonInProcess.Collection)]
public sealed class InProcessCliTests(PythonInProcess python)
{
    public static TheoryData<string> BrokenModules => [.. BrokenPythonApps.Modules()];

    private static string Out() => Directory.CreateTempSubdirectory("in-process-").FullName;

    [Fact]
    public void Hello_in_process_passes_every_case()
    {
        Assert.NotNull(python.Runtime);
        var (code, stdout, stderr) = Cli.Run("check-app", "hello:application", "--in-process", "--path", Repo.Path("reference-apps", "python"), "--out", Out());

        Assert.True(code == 0, stdout + stderr);
        Assert.Contains(" 0 fail, 0 warn, 0 error", stdout);
    }

    [Theory]
    [MemberData(nameof(BrokenModules))]
    public void Each_broken_app_in_process_exits_1_naming_exactly_its_rule(string module)
    {
        string rule = BrokenPythonApps.RuleOf(module);

        var (code, stdout, stderr) = Cli.Run("check-app", module + ":application", "--in-process", "--path", BrokenPythonApps.Folder, "--examples", "30", "--quiet", "--out", Out());

        Assert.True(code == 1, stdout + stderr);
        Assert.Contains($"{module}:application breaks: {rule}\n", stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void What_cannot_be_loaded_in_process_is_exit_2_with_the_reason()
    {
        var (missing, _, missingErr) = Cli.Run("check-app", "no_such_module:application", "--in-process", "--out", Out());
        var (python3, _, python3Err) = Cli.Run("check-app", "hello:application", "--in-process", "--python", "python3", "--out", Out());
        var (served, _, servedErr) = Cli.Run("serve", "--python-app", "no_such_module:application", "--port", "0");
        var (both, _, bothErr) = Cli.Run("serve", "--app", "hello", "--python-app", "hello:application");

        Assert.Equal(2, missing);
        Assert.Contains("ModuleNotFoundError: No module named 'no_such_module'", missingErr);
        Assert.Equal(2, python3);
        Assert.Contains("with --in-process the app runs on --libpython", python3Err);
        Assert.Equal(2, served);
        Assert.Contains("cannot load no_such_module:application in process", servedErr);
        Assert.Equal(2, both);
        Assert.Contains("give exactly one of --app NAME", bothErr);
    }

    [Fact]
    public async Task Serves_a_Python_app_in_process_with_the_strict_validator_and_stops_on_sigterm()
    {
        using ServeProcess serve = await ServeProcess.StartAsync("--python-app", "flask_app:application",
            "--path", Repo.Path("reference-apps", "python", "frameworks"), "--port", "0", "--validate", "strict");
        Assert.StartsWith("serving flask_app:application (Python 3.11", serve.Line);
        Assert.Contains("(validated, strict) at http://127.0.0.1:", serve.Line);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        Assert.Equal("Hello from Flask\n", await http.GetStringAsync(serve.Url));

        var (code, _) = await serve.StopAsync("TERM");

        Assert.True(code == 0, $"serve --python-app did not stop cleanly on SIGTERM (exit {code})");
    }
}
