using System.Diagnostics;

namespace Wsgi.Conformance.Tests;

/// <summary>docs/CI.md's recipes, played end to end: scripts/ci-recipe against gunicorn (pack and install
/// the tool, get the probe from it, serve it, run with gunicorn's baseline) and scripts/ci-recipe-app
/// (check-app on the Flask sample project with the packed tool).</summary>
public sealed class CiRecipeTests
{
    [Fact]
    public async Task The_documented_recipe_passes_against_gunicorn_with_its_baseline() =>
        await PlayAsync("# WSGI conformance", Repo.Path("scripts", "ci-recipe"), Repo.Path("baselines", "gunicorn-sync.json"));

    [Fact]
    public async Task The_documented_app_recipe_passes_with_the_Flask_sample() =>
        await PlayAsync("# WSGI conformance: app flask\\_app:application", Repo.Path("scripts", "ci-recipe-app"));

    private static async Task PlayAsync(string expected, params string[] script)
    {
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var start = new ProcessStartInfo("bash", script)
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CONFIGURATION"] = configuration;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
        Task<string> stderr = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{script[0]} did not finish in 180 s");
        }

        string output = await stdout;
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}:\n{output}\n{await stderr}");
        Assert.Contains(expected, output);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"the recipe took {clock.Elapsed}");
    }
}
