using System.Diagnostics;

namespace Wsgi.Conformance.Tests;

/// <summary>The CLI packs as a .NET tool that installs into a tool path and runs from any folder,
/// embedded reference server and probe included.</summary>
public sealed class PackedToolTests
{
    private static (int Code, string Out) Sh(string file, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(file, args) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 120 s");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [Fact]
    public void The_packed_tool_installs_and_runs_the_suite_from_a_clean_folder()
    {
        // Pack what this test run was built from (Debug under plain `dotnet test`, Release under scripts/test).
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        string root = Directory.CreateTempSubdirectory("tool-").FullName;
        string packages = Path.Combine(root, "packages");
        string tools = Path.Combine(root, "tools");
        string clean = Directory.CreateDirectory(Path.Combine(root, "clean")).FullName;
        var clock = Stopwatch.StartNew();
        try
        {
            // A version of its own, so NuGet's package cache can never hand back an older pack.
            string version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmssfff}";
            var pack = Sh("dotnet", Repo.Root, "pack", Repo.Path("suite", "Wsgi.Conformance.Cli"), "--no-build", "-c", configuration, "-o", packages, "--nologo", $"-p:PackageVersion={version}");
            Assert.True(pack.Code == 0, pack.Out);
            var install = Sh("dotnet", clean, "tool", "install", "--tool-path", tools, "--add-source", packages, "--version", version, "wsgi-conformance");
            Assert.True(install.Code == 0, install.Out);
            string tool = Path.Combine(tools, "wsgi-conformance");

            var printed = Sh(tool, clean, "--version");
            var probe = Sh(tool, clean, "probe", "--write", "p");
            var run = Sh(tool, clean, "run", "--out", "r", "--quiet", "--case", "environ.*");

            Assert.Equal(0, printed.Code);
            Assert.StartsWith("0.", printed.Out);
            Assert.Equal(0, probe.Code);
            Assert.True(File.Exists(Path.Combine(clean, "p", "wsgi_probe.py")));
            Assert.True(run.Code == 0, run.Out);
            Assert.True(File.Exists(Path.Combine(clean, "r", "results.json")));
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"pack, install and first run took {clock.Elapsed}");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
