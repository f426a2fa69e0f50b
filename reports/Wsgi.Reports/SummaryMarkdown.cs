using System.Text;
using Wsgi.Conformance.Running;

namespace Wsgi.Reports;

/// <summary>summary.md: the counts, then every fail, warn and error with its message. Peer text is
/// escaped so it cannot break the table or inject markup.</summary>
public static class SummaryMarkdown
{
    /// <summary>Writes <paramref name="run"/> to <paramref name="stream"/>.</summary>
    public static void Write(RunResult run, Stream stream)
    {
        var sb = new StringBuilder();
        sb.Append($"# WSGI conformance: {Escape(run.Target)}\n\n");
        if (run.TargetDescription is { } d)
        {
            sb.Append($"Server: {Escape(d)}. ");
        }

        sb.Append($"{run.Cases.Count} cases in {run.DurationS:0.0} s, seed {run.Seed}, wsgi-conformance {Escape(run.Version)}{(run.Complete ? "" : " (incomplete run)")}.\n\n");
        sb.Append("| pass | fail | warn | info | unsupported | error |\n| --- | --- | --- | --- | --- | --- |\n");
        sb.Append($"| {run.Count(Outcome.Pass)} | {run.Count(Outcome.Fail)} | {run.Count(Outcome.Warn)} | {run.Count(Outcome.Info)} | {run.Count(Outcome.Unsupported)} | {run.Count(Outcome.Error)} |\n");
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
                sb.Append($"| `{Escape(c.Case.Id)}` | {Escape(Text.Cut(c.Message, 300))} |\n");
            }
        }

        byte[] bytes = Encoding.UTF8.GetBytes(sb.ToString());
        stream.Write(bytes);
    }

    /// <summary>Escapes text for a Markdown table cell: HTML-significant characters, pipes, backticks, newlines.</summary>
    public static string Escape(string s) => Text.XmlSafe(s)
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("`", "'", StringComparison.Ordinal)
        .Replace("\r", " ", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);
}
