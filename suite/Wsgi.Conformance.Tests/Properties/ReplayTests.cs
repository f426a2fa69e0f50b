using System.Text.RegularExpressions;

namespace Wsgi.Conformance.Tests.Properties;

/// <summary><c>run --replay N</c>: the replay command a counterexample's note names runs that one generated
/// example again and finds the same broken rule and the same smallest counterexample.</summary>
public sealed partial class ReplayTests(WsgirefFixture wsgiref) : IClassFixture<WsgirefFixture>
{
    [GeneratedRegex(@"--replay (\d+)")]
    private static partial Regex ReplayIndex();

    [GeneratedRegex(@"smallest counterexample: ([^;]*);")]
    private static partial Regex Smallest();

    private (int Code, string Results) Run(params string[] extra)
    {
        string dir = Directory.CreateTempSubdirectory("wsgi-replay-").FullName;
        try
        {
            var (code, stdout, stderr) = Cli.Run(["run", "--url", wsgiref.Probe.Target.BaseUri.ToString(), "--out", dir, "--quiet", "--parallel", "1",
                "--case", "environ.path.url_decoded/property", "--seed", "1", .. extra]);
            Assert.True(code is 0 or 1, stdout + stderr);
            return (code, File.ReadAllText(Path.Combine(dir, "results.json")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_replay_a_note_names_breaks_the_same_rule_with_the_same_counterexample()
    {
        // wsgiref keeps the absolute-form target in PATH_INFO (docs/FINDINGS.md), so generated targets break this case.
        var (code, full) = Run("--examples", "60");
        Assert.Equal(1, code);
        string index = ReplayIndex().Match(full).Groups[1].Value;
        string smallest = Smallest().Match(full).Groups[1].Value;
        Assert.NotEmpty(index);

        var (again, replayed) = Run("--replay", index);

        Assert.Equal(1, again);
        Assert.Contains("broken by 1 of 1 generated requests", replayed);
        Assert.Equal(smallest, Smallest().Match(replayed).Groups[1].Value);
        Assert.Contains($"for generated request #{index} ", replayed);
    }

    [Fact]
    public void A_negative_replay_index_is_a_usage_error()
    {
        var (code, _, stderr) = Cli.Run("run", "--out", Path.GetTempPath(), "--replay", "-1");

        Assert.Equal(2, code);
        Assert.Contains("--replay names a generated example by its index, 0 or more; got -1", stderr);
    }
}
