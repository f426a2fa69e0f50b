using System.Diagnostics;
using System.Text.Json;

namespace Wsgi.Conformance.Tests;

/// <summary>Nothing a server sends can crash the harness or hang it: every case ends as error or fail
/// within its budget, results.json is written, and the exit code is 1 or 2.</summary>
public sealed class HostileServerTests
{
    [Theory]
    [InlineData(HostileServer.Behaviour.Silent)]
    [InlineData(HostileServer.Behaviour.Reset)]
    [InlineData(HostileServer.Behaviour.Garbage)]
    [InlineData(HostileServer.Behaviour.Drip)]
    [InlineData(HostileServer.Behaviour.NotTheProbe)]
    public void Every_case_ends_as_error_or_fail_and_results_are_written(HostileServer.Behaviour behaviour)
    {
        using var server = new HostileServer(behaviour);
        string dir = Path.Combine(Path.GetTempPath(), $"wsgi-hostile-{behaviour}-{Guid.NewGuid():N}");
        var clock = Stopwatch.StartNew();

        var (code, _, stderr) = Cli.Run("run", "--url", server.Url, "--out", dir, "--timeout", "0.3", "--parallel", "32", "--quiet");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the run took {clock.Elapsed}");
        Assert.Contains(code, new[] { 1, 2 });
        Assert.Contains("wsgi-conformance: ", stderr);
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "results.json")));
        var cases = results.RootElement.GetProperty("cases").EnumerateArray().ToList();
        Assert.True(cases.Count >= 120, $"{cases.Count} cases");
        // A broken SHOULD is a warn, the SHOULD-level analogue of fail; MAY cases record what they saw.
        Assert.All(cases, c => Assert.Contains(c.GetProperty("outcome").GetString(), new[] { "error", "fail", "warn", "info", "unsupported" }));
        Assert.DoesNotContain(cases, c => c.GetProperty("outcome").GetString() == "pass");
        foreach (string file in (string[])["report.html", "junit.xml", "summary.md"])
        {
            Assert.True(File.Exists(Path.Combine(dir, file)), file);
        }

        string html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.DoesNotContain("<script>alert(1)", html);
        System.Xml.Linq.XDocument.Load(Path.Combine(dir, "junit.xml"));
        Directory.Delete(dir, recursive: true);
    }
}
