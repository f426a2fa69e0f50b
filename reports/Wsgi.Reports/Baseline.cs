using System.Text.Json;
using Wsgi.Conformance.Running;

namespace Wsgi.Reports;

/// <summary>Expected outcomes by case id: the known failures of one server. The file is one JSON
/// object, case id to outcome (<c>{"environ.type.builtin_dict": "fail"}</c>); a case it does not name
/// is expected to pass (or info, which is as good). Against a baseline a run fails only on regressions.</summary>
public sealed class Baseline
{
    private readonly Dictionary<string, Outcome> _expected;

    private Baseline(Dictionary<string, Outcome> expected, string source)
    {
        _expected = expected;
        Source = source;
    }

    /// <summary>Where the baseline came from (a path, or <c>run</c>).</summary>
    public string Source { get; }

    /// <summary>The expected outcomes by case id.</summary>
    public IReadOnlyDictionary<string, Outcome> Expected => _expected;

    /// <summary>The baseline that expects exactly the outcomes of <paramref name="run"/>.</summary>
    public static Baseline From(RunResult run) =>
        new(run.Cases.GroupBy(c => c.Case.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Outcome, StringComparer.Ordinal), "run");

    /// <summary>Reads a baseline file; throws <see cref="ReportFileException"/> saying what is wrong with it.</summary>
    public static Baseline Read(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportFileException($"cannot read the baseline {path}: {e.Message}");
        }

        return Parse(json, path);
    }

    /// <summary>Parses baseline JSON; <paramref name="source"/> names it in errors.</summary>
    public static Baseline Parse(string json, string source)
    {
        const string Shape = "a baseline is one JSON object of case id to outcome, like {\"environ.type.builtin_dict\": \"fail\"}; write one with run --write-baseline FILE";
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ReportFileException($"the baseline {source} is not JSON ({e.Message}); {Shape}");
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ReportFileException($"the baseline {source} is a JSON {doc.RootElement.ValueKind.ToString().ToLowerInvariant()}; {Shape}");
            }

            var expected = new Dictionary<string, Outcome>(StringComparer.Ordinal);
            var problems = new List<string>();
            foreach (JsonProperty p in doc.RootElement.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.String && ResultsJson.TryParseOutcome(p.Value.GetString()!, out Outcome o))
                {
                    expected[p.Name] = o;
                }
                else
                {
                    problems.Add($"\"{Text.Cut(p.Name, 100)}\": {Text.Cut(p.Value.GetRawText(), 100)}");
                }
            }

            if (problems.Count > 0)
            {
                throw new ReportFileException($"the baseline {source} has outcomes that are not one of pass, fail, warn, info, unsupported, error: {string.Join(", ", problems.Take(10))}");
            }

            return new Baseline(expected, source);
        }
    }

    /// <summary>The outcome expected of case <paramref name="caseId"/> (pass when the baseline does not name it).</summary>
    public Outcome ExpectedOf(string caseId) => _expected.GetValueOrDefault(caseId, Outcome.Pass);

    /// <summary>How <paramref name="actual"/> compares with what the baseline expects of <paramref name="caseId"/>.</summary>
    public BaselineChange Compare(string caseId, Outcome actual)
    {
        bool named = _expected.TryGetValue(caseId, out Outcome expected);
        int was = Badness(expected);
        int now = Badness(actual);
        return expected == actual || !named && now == 0 ? BaselineChange.Same
            : now > was ? BaselineChange.Regression
            : now < was ? BaselineChange.Fix
            : BaselineChange.Changed;
    }

    /// <summary>The cases of <paramref name="run"/> that regressed against this baseline.</summary>
    public IEnumerable<CaseResult> Regressions(RunResult run) => run.Cases.Where(c => Compare(c.Case.Id, c.Outcome) == BaselineChange.Regression);

    /// <summary>Writes the baseline as JSON, ids sorted so that the file diffs well.</summary>
    public void Write(Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        foreach (var (id, outcome) in _expected.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteString(id, ResultsJson.Name(outcome));
        }

        w.WriteEndObject();
    }

    // pass and info are as good as each other; fail and error as bad: a harness that cannot decide
    // is no better than a broken MUST for a CI gate.
    private static int Badness(Outcome o) => o switch
    {
        Outcome.Pass or Outcome.Info => 0,
        Outcome.Unsupported => 1,
        Outcome.Warn => 2,
        _ => 3,
    };
}
