using System.Text.Json;
using Wsgi.Conformance.Tests;

namespace Wsgi.Reports.Tests;

/// <summary>The commands end to end: run --write-baseline / --baseline against the embedded reference
/// server and a hostile double, and matrix over the folders they wrote.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wsgi-commands-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_baseline_turns_known_failures_into_fixes_and_regressions_into_exit_1()
    {
        string baseline = Path.Combine(_root, "reference.json");
        Assert.Equal(0, Cli(out _, "run", "--out", Path.Combine(_root, "ref"), "--case", "environ.type.*", "--quiet", "--write-baseline", baseline));
        using (JsonDocument real = JsonDocument.Parse(File.ReadAllText(Path.Combine(_root, "ref", "results.json"))))
        {
            Assert.Empty(ResultsJsonTests.Schema().Validate(real.RootElement));
        }

        var expected = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(baseline))!;
        Assert.NotEmpty(expected);
        Assert.All(expected.Values, v => Assert.Contains(v, new[] { "pass", "info" }));

        // A baseline that expects a failure the server no longer has: a fix, exit 0, marked in every report.
        string known = Path.Combine(_root, "known.json");
        string fixedCase = expected.First(p => p.Value == "pass").Key;
        File.WriteAllText(known, JsonSerializer.Serialize(new Dictionary<string, string>(expected) { [fixedCase] = "fail" }));
        Assert.Equal(0, Cli(out string said, "run", "--out", Path.Combine(_root, "again"), "--case", "environ.type.*", "--quiet", "--baseline", known));
        Assert.Contains("0 regressions, 1 fixes", said, StringComparison.Ordinal);
        using (JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(_root, "again", "results.json"))))
        {
            Assert.Equal(1, doc.RootElement.GetProperty("baseline").GetProperty("fixes").GetInt32());
        }

        Assert.Contains("data-change=\"fix\"", File.ReadAllText(Path.Combine(_root, "again", "report.html")), StringComparison.Ordinal);

        // A server that answers garbage regresses against the reference baseline: exit 1.
        using var hostile = new HostileServer(HostileServer.Behaviour.Garbage);
        Assert.Equal(1, Cli(out _, "run", "--url", hostile.Url, "--out", Path.Combine(_root, "hostile"), "--case", "environ.type.*", "--quiet", "--timeout", "1", "--baseline", baseline));
        using (JsonDocument real = JsonDocument.Parse(File.ReadAllText(Path.Combine(_root, "hostile", "results.json"))))
        {
            Assert.Empty(ResultsJsonTests.Schema().Validate(real.RootElement));
        }

        // matrix over the three folders: exit 0 without baselines, 1 with the reference baseline for all.
        string[] dirs = [Path.Combine(_root, "ref"), Path.Combine(_root, "again"), Path.Combine(_root, "hostile")];
        Assert.Equal(0, Cli(out _, ["matrix", .. dirs, "--out", Path.Combine(_root, "matrix")]));
        Assert.True(File.Exists(Path.Combine(_root, "matrix", "matrix.html")));
        Assert.Contains("| case | level | ref | again | hostile |", File.ReadAllText(Path.Combine(_root, "matrix", "matrix.md")), StringComparison.Ordinal);
        Assert.Equal(1, Cli(out _, ["matrix", .. dirs, "--out", Path.Combine(_root, "matrix"), "--baseline", baseline]));
    }

    [Fact]
    public void Unreadable_inputs_exit_2_naming_them()
    {
        string bad = Path.Combine(_root, "bad.json");
        File.WriteAllText(bad, "{\"a\": \"maybe\"}");
        Assert.Equal(2, Cli(out _, out string error, "matrix", Path.Combine(_root, "missing"), "--out", _root, "--baseline", bad));
        Assert.Contains(Path.Combine(_root, "missing"), error, StringComparison.Ordinal);
        Assert.Contains("\"a\": \"maybe\"", error, StringComparison.Ordinal);
        Assert.Equal(2, Cli(out _, out error, "run", "--out", Path.Combine(_root, "r"), "--baseline", bad));
        Assert.Contains("bad.json", error, StringComparison.Ordinal);
    }

    private static int Cli(out string stdout, params string[] args) => Cli(out stdout, out _, args);

    private static int Cli(out string stdout, out string stderr, params string[] args)
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        int code = Wsgi.Conformance.Cli.Program.Run(args, o, e);
        stdout = o.ToString();
        stderr = e.ToString();
        return code;
    }
}
