using System.Text;
using Wsgi.Conformance.Running;

namespace Wsgi.Reports;

/// <summary>summary.md: the counts, then every fail, warn and error with its message. Peer text is
/// escaped so it cannot break the table or inject markup.</summary>
public static class SummaryMarkdown
{
    /// <summary>Writes <paramref name="run"/> to <paramref name="stream"/>.</summary>
    public static void Write(RunResult run, Stream stream) => Write(run, null, stream);

    /// <summary>Writes <paramref name="run"/> to <paramref name="stream"/>; with a <paramref name="baseline"/>,
    /// the regressions and fixes come first.</summary>
    public static void Write(RunResult run, Baseline? baseline, Stream stream)
    {
        var sb = new StringBuilder();
        sb.Append($"# WSGI conformance: {Escape(Text.Cut(run.Target, 200))}\n\n");
        if (run.TargetDescription is { } d)
        {
            sb.Append($"{run.DescriptionLabel}: {Escape(Text.Cut(d, 200))}. ");
        }

        sb.Append($"{run.Cases.Count} cases in {run.DurationS:0.0} s, seed {run.Seed}, wsgi-conformance {Escape(run.Version)}{(run.Complete ? "" : " (incomplete run)")}.\n\n");
        sb.Append("| pass | fail | warn | info | unsupported | error |\n| --- | --- | --- | --- | --- | --- |\n");
        sb.Append($"| {run.Count(Outcome.Pass)} | {run.Count(Outcome.Fail)} | {run.Count(Outcome.Warn)} | {run.Count(Outcome.Info)} | {run.Count(Outcome.Unsupported)} | {run.Count(Outcome.Error)} |\n");
        if (baseline is not null)
        {
            foreach (BaselineChange change in (BaselineChange[])[BaselineChange.Regression, BaselineChange.Fix, BaselineChange.Changed])
            {
                var changed = run.Cases.Where(c => baseline.Compare(c.Case.Id, c.Outcome) == change).ToList();
                sb.Append($"\n**{changed.Count} {change switch { BaselineChange.Fix => "fixes", BaselineChange.Changed => "changed", _ => "regressions" }}** against the baseline {Escape(Path.GetFileName(baseline.Source))}.\n");
                if (changed.Count == 0)
                {
                    continue;
                }

                sb.Append("\n| case | baseline | now | message |\n| --- | --- | --- | --- |\n");
                foreach (CaseResult c in changed)
                {
                    sb.Append($"| `{Code(c.Case.Id)}` | {ResultsJson.Name(baseline.ExpectedOf(c.Case.Id))} | {ResultsJson.Name(c.Outcome)} | {Escape(Text.Cut(c.Message, 300))} |\n");
                }
            }
        }

        foreach (Outcome o in (Outcome[])[Outcome.Fail, Outcome.Error, Outcome.Warn])
        {
            var cases = run.Cases.Where(c => c.Outcome == o).ToList();
            if (cases.Count == 0)
            {
                continue;
            }

            sb.Append($"\n## {ResultsJson.Name(o)} ({cases.Count})\n\n| case | message |\n| --- | --- |\n");
            foreach (CaseResult c in cases)
            {
                sb.Append($"| `{Code(c.Case.Id)}` | {Escape(Text.Cut(c.Message, 300))} |\n");
            }
        }

        byte[] bytes = Encoding.UTF8.GetBytes(sb.ToString());
        stream.Write(bytes);
    }

    /// <summary>Escapes text for a Markdown table cell: HTML-significant characters, pipes, backticks,
    /// newlines, and the characters that start links and emphasis (a server cannot plant a link).</summary>
    public static string Escape(string s) => Text.XmlSafe(s)
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("[", "\\[", StringComparison.Ordinal)
        .Replace("]", "\\]", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal)
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("`", "'", StringComparison.Ordinal)
        .Replace("\r", " ", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>Text for a code span in a table cell: no backticks, pipes, newlines or <c>&lt;</c>.</summary>
    public static string Code(string s) => Text.XmlSafe(s)
        .Replace("`", "'", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("<", "\u2039", StringComparison.Ordinal)
        .Replace(">", "\u203a", StringComparison.Ordinal)
        .Replace("\r", " ", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);
}
