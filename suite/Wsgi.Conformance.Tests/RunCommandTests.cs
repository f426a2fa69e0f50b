using System.Diagnostics;
using System.Text.Json;

namespace Wsgi.Conformance.Tests;

public sealed class RunCommandTests
{
    [Fact]
    public void Run_without_url_tests_the_embedded_reference_server_and_exits_0()
    {
        string dir = Directory.CreateTempSubdirectory("run-").FullName;
        var clock = Stopwatch.StartNew();

        var (code, stdout, stderr) = Cli.Run("run", "--out", dir, "--quiet");

        Assert.True(code == 0, stdout + stderr);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "results.json")));
        JsonElement root = doc.RootElement;
        foreach (string field in (string[])["tool", "version", "target", "started", "duration_s", "cases"])
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        Assert.Equal(1, root.GetProperty("probe_protocol_version").GetInt32());
        var cases = root.GetProperty("cases").EnumerateArray().ToList();
        Assert.True(cases.Count >= 120, $"{cases.Count} cases");
        foreach (JsonElement c in cases)
        {
            foreach (string field in (string[])["id", "title", "rules", "level", "outcome", "message", "evidence"])
            {
                Assert.True(c.TryGetProperty(field, out _), field);
            }

            Assert.Contains(c.GetProperty("outcome").GetString(), new[] { "pass", "info", "unsupported" });
        }

        Directory.Delete(dir, recursive: true);
    }

    [Theory]
    [InlineData("--url", "localhost:8000", "--url must be absolute")]
    [InlineData("--timeout", "0", "--timeout must be between")]
    [InlineData("--parallel", "0", "--parallel must be from 1 to 64")]
    [InlineData("--case", "nothing.matches.*", "matches no case")]
    public void Bad_options_exit_2_with_a_message(string option, string value, string message)
    {
        var (code, _, stderr) = Cli.Run("run", "--out", Path.GetTempPath(), option, value);

        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public void A_url_where_nothing_listens_exits_2()
    {
        string dir = Directory.CreateTempSubdirectory("run-refused-").FullName;

        var (code, _, stderr) = Cli.Run("run", "--url", "http://127.0.0.1:9/", "--out", dir, "--quiet", "--case", "environ.required.*");

        Assert.Equal(2, code);
        Assert.Contains("does not answer", stderr);
        Assert.True(File.Exists(Path.Combine(dir, "results.json")));
        Directory.Delete(dir, recursive: true);
    }
}
