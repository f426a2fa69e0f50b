using System.Text.Json;
using Wsgi.Conformance.Running;

namespace Wsgi.Reports.Tests;

/// <summary>results.json validates against docs/results.schema.json, matches the run, and reads back.</summary>
public sealed class ResultsJsonTests
{
    private static readonly RunResult Run = HostileRun.Build();

    [Fact]
    public void Validates_against_the_schema()
    {
        using JsonDocument doc = JsonDocument.Parse(Render.Text(Render.Named("json"), Run));
        Assert.Empty(Schema().Validate(doc.RootElement));
    }

    [Fact]
    public void With_a_baseline_validates_and_marks_each_case()
    {
        using JsonDocument doc = JsonDocument.Parse(Render.Text(Render.Named("json"), Run, Baseline.Parse("{}", "empty.json")));
        Assert.Empty(Schema().Validate(doc.RootElement));
        Assert.Equal(Run.Cases.Count(c => c.Outcome is not (Outcome.Pass or Outcome.Info)), doc.RootElement.GetProperty("baseline").GetProperty("regressions").GetInt32());
        Assert.All(doc.RootElement.GetProperty("cases").EnumerateArray(), c => Assert.Equal("pass", c.GetProperty("baseline").GetProperty("expected").GetString()));
    }

    [Fact]
    public void The_schema_rejects_what_is_not_results()
    {
        using JsonDocument doc = JsonDocument.Parse("""{"results_version": 2, "tool": 1, "cases": [{"id": "x", "outcome": "maybe"}], "extra": true}""");
        List<string> errors = Schema().Validate(doc.RootElement);
        Assert.Contains("$.results_version: expected 1, got 2", errors);
        Assert.Contains("$.tool: expected string, got Number", errors);
        Assert.Contains("$: unexpected property extra", errors);
        Assert.Contains("$: missing counts", errors);
        Assert.Contains(errors, e => e.StartsWith("$.cases[0].outcome: \"maybe\" is not one of", StringComparison.Ordinal));
    }

    [Fact]
    public void Counts_and_cases_match_the_run_and_read_back()
    {
        using JsonDocument doc = JsonDocument.Parse(Render.Text(Render.Named("json"), Run));
        JsonElement counts = doc.RootElement.GetProperty("counts");
        Assert.All(Enum.GetValues<Outcome>(), o => Assert.Equal(Run.Count(o), counts.GetProperty(ResultsJson.Name(o)).GetInt32()));
        Assert.Equal(Run.Cases.Count, doc.RootElement.GetProperty("cases").GetArrayLength());
        StoredRun back = ResultsReader.Parse(doc.RootElement.GetRawText(), "results.json");
        Assert.Equal(Run.Cases.Select(c => (c.Case.Id, c.Outcome)), back.Cases.Select(c => (c.Id, c.Outcome)));
        Assert.Equal(Run.Cases.Select(c => $"{c.Case.Group.Number}. {c.Case.Group.Title}"), back.Cases.Select(c => c.Section));
    }

    internal static SchemaValidator Schema()
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "results.schema.json")));
        return new SchemaValidator(schema.RootElement.Clone());
    }
}
