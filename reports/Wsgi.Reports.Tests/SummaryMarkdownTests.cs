using Wsgi.Conformance.Running;

namespace Wsgi.Reports.Tests;

/// <summary>summary.md: no raw markup, no broken table, one row per problem case.</summary>
public sealed class SummaryMarkdownTests
{
    private static readonly RunResult Run = HostileRun.Build();

    [Fact]
    public void Has_no_raw_angle_bracket_and_one_row_per_problem()
    {
        string md = Render.Text(Render.Named("markdown"), Run);
        Assert.DoesNotContain('<', md);
        Assert.DoesNotContain('\0', md);
        Assert.DoesNotContain("[link](", md, StringComparison.Ordinal);
        Assert.Contains("\\[link\\](javascript", md, StringComparison.Ordinal);
        string[] rows = md.Split('\n');
        foreach (CaseResult c in Run.Cases.Where(c => c.Outcome is Outcome.Fail or Outcome.Warn or Outcome.Error))
        {
            Assert.Single(rows, r => r.StartsWith($"| `{c.Case.Id}` |", StringComparison.Ordinal));
        }

        // every table row has as many unescaped pipes as its header
        Assert.All(rows.Where(r => r.StartsWith("| `", StringComparison.Ordinal)), r => Assert.Equal(3, r.Replace("\\|", "", StringComparison.Ordinal).Count(ch => ch == '|')));
        Assert.True(md.Length < 20_000, $"summary.md is {md.Length} characters");
    }

    [Fact]
    public void With_a_baseline_lists_regressions_and_fixes()
    {
        Baseline baseline = Baseline.From(HostileRun.Of(("environ.type.builtin_dict", Outcome.Fail), ("environ.type.builtin_dict/b", Outcome.Pass)));
        string md = Render.Text(Render.Named("markdown"), HostileRun.Of(("environ.type.builtin_dict", Outcome.Pass), ("environ.type.builtin_dict/b", Outcome.Warn)), baseline);
        Assert.Contains("**1 regressions**", md, StringComparison.Ordinal);
        Assert.Contains("**1 fixes**", md, StringComparison.Ordinal);
        Assert.Contains("| `environ.type.builtin_dict/b` | pass | warn |", md, StringComparison.Ordinal);
    }
}
