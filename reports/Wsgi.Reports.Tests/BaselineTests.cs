using System.Text;
using Wsgi.Conformance.Running;

namespace Wsgi.Reports.Tests;

/// <summary>Baselines: the file format, the comparison, and errors that say what is wrong.</summary>
public sealed class BaselineTests
{
    [Theory]
    [InlineData(Outcome.Pass, Outcome.Pass, BaselineChange.Same)]
    [InlineData(Outcome.Pass, Outcome.Fail, BaselineChange.Regression)]
    [InlineData(Outcome.Pass, Outcome.Warn, BaselineChange.Regression)]
    [InlineData(Outcome.Pass, Outcome.Error, BaselineChange.Regression)]
    [InlineData(Outcome.Warn, Outcome.Fail, BaselineChange.Regression)]
    [InlineData(Outcome.Fail, Outcome.Pass, BaselineChange.Fix)]
    [InlineData(Outcome.Fail, Outcome.Warn, BaselineChange.Fix)]
    [InlineData(Outcome.Fail, Outcome.Error, BaselineChange.Changed)]
    [InlineData(Outcome.Pass, Outcome.Info, BaselineChange.Changed)]
    public void Compares_by_how_bad_an_outcome_is(Outcome expected, Outcome actual, BaselineChange change) =>
        Assert.Equal(change, Baseline.Parse($"{{\"a\": \"{ResultsJson.Name(expected)}\"}}", "b.json").Compare("a", actual));

    [Theory]
    [InlineData(Outcome.Fail, BaselineChange.Regression)]
    [InlineData(Outcome.Pass, BaselineChange.Same)]
    [InlineData(Outcome.Info, BaselineChange.Same)]
    public void A_case_the_baseline_does_not_name_is_expected_to_pass(Outcome actual, BaselineChange change) =>
        Assert.Equal(change, Baseline.Parse("{}", "b.json").Compare("new.case", actual));

    [Fact]
    public void Writes_and_reads_back_sorted()
    {
        RunResult run = HostileRun.Of(("environ.type.builtin_dict/b", Outcome.Fail), ("environ.type.builtin_dict", Outcome.Pass));
        using var stream = new MemoryStream();
        Baseline.From(run).Write(stream);
        string json = Encoding.UTF8.GetString(stream.ToArray());
        Assert.True(json.IndexOf("builtin_dict\"", StringComparison.Ordinal) < json.IndexOf("builtin_dict/b", StringComparison.Ordinal), json);
        Baseline back = Baseline.Parse(json, "b.json");
        Assert.Equal(Outcome.Fail, back.ExpectedOf("environ.type.builtin_dict/b"));
        Assert.Empty(back.Regressions(run));
    }

    [Theory]
    [InlineData("[1]", "is a JSON array")]
    [InlineData("{\"a\": \"broken\"}", "\"a\": \"broken\"")]
    [InlineData("{\"a\": 1}", "\"a\": 1")]
    [InlineData("{", "is not JSON")]
    public void Bad_files_are_refused_with_the_reason(string json, string said)
    {
        var e = Assert.Throws<ReportFileException>(() => Baseline.Parse(json, "known.json"));
        Assert.Contains("known.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(said, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_report_marks_regressions_and_fixes()
    {
        Baseline baseline = Baseline.From(HostileRun.Of(("environ.type.builtin_dict", Outcome.Fail), ("environ.type.builtin_dict/b", Outcome.Pass)));
        var doc = Render.Html(HostileRun.Of(("environ.type.builtin_dict", Outcome.Pass), ("environ.type.builtin_dict/b", Outcome.Fail)), baseline);
        Assert.Equal("fix", doc.GetElementById(HtmlReport.CaseAnchor("environ.type.builtin_dict"))!.GetAttribute("data-change"));
        Assert.Equal("regression", doc.GetElementById(HtmlReport.CaseAnchor("environ.type.builtin_dict/b"))!.GetAttribute("data-change"));
        Assert.Single(doc.QuerySelectorAll("#regression-list li"));
        Assert.Single(doc.QuerySelectorAll("#fix-list li"));
        Assert.NotNull(doc.GetElementById("only-changes"));
    }
}
