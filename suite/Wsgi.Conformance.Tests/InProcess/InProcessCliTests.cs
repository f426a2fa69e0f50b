using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Wsgi.Conformance.Tests.InProcess;

/// <summary><c>check-app --in-process</c> and <c>serve --python-app</c>: the same verdicts as the driver for every broken
/// app, clear errors with exit 2 for what cannot be loaded, and a served Python app that stops cleanly.</summary>
[Collection(PythonInProcess.Collection)]
public sealed partial class InProcessCliTests(PythonInProcess python)
{
    private static readonly string Broken = Repo.Path("reference-apps", "python", "broken");

    public static TheoryData<string> BrokenModules =>
        [.. Directory.EnumerateFiles(Broken, "*.py").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [GeneratedRegex("^RULE = \"([^\"]+)\"$", RegexOptions.Multiline)]
    private static partial Regex RuleLine();

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
        string rule = RuleLine().Match(File.ReadAllText(Path.Combine(Broken, module + ".py"))).Groups[1].Value;

        var (code, stdout, stderr) = Cli.Run("check-app", module + ":application", "--in-process", "--path", Broken, "--examples", "30", "--quiet", "--out", Out());

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
        string cli = Path.Combine(AppContext.BaseDirectory, "wsgi-conformance.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [cli, "serve", "--python-app", "flask_app:application",
            "--path", Repo.Path("reference-apps", "python", "frameworks"), "--port", "0", "--validate", "strict"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            using var ready = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            string line = await process.StandardOutput.ReadLineAsync(ready.Token) ?? "";
            Assert.StartsWith("serving flask_app:application (Python 3.11", line);
            Assert.Contains("(validated, strict) at http://127.0.0.1:", line);
            string url = line.Split(" at ")[1].Split(';')[0];
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            Assert.Equal("Hello from Flask\n", await http.GetStringAsync(url));

            using (Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
            {
            }

            Assert.True(process.WaitForExit(15_000), "serve --python-app did not stop on SIGTERM");
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
