using System.Text;
using Wsgi.Conformance.Running;

namespace Wsgi.Reports;

/// <summary>matrix.md: the counts per server, then one table row per notable case (<see cref="MatrixRow.Notable"/>:
/// a table of 150 passes helps no one), cells as outcomes, regressions and fixes marked.</summary>
public static class MatrixMarkdown
{
    /// <summary>Writes <paramref name="matrix"/> to <paramref name="stream"/>.</summary>
    public static void Write(Matrix matrix, Stream stream)
    {
        var sb = new StringBuilder("# WSGI conformance matrix\n\n| server | target | cases |");
        Outcome[] outcomes = Enum.GetValues<Outcome>();
        foreach (Outcome o in outcomes)
        {
            sb.Append(' ').Append(ResultsJson.Name(o)).Append(" |");
        }

        sb.Append("\n| --- | --- | --- |").Append(string.Concat(outcomes.Select(_ => " --- |"))).Append('\n');
        foreach (MatrixColumn col in matrix.Columns)
        {
            sb.Append($"| {SummaryMarkdown.Escape(col.Name)} | {SummaryMarkdown.Escape(Text.Cut(col.Run.TargetDescription ?? col.Run.Target, 120))} | {col.Run.Cases.Count} |");
            foreach (Outcome o in outcomes)
            {
                sb.Append(' ').Append(col.Run.Cases.Count(c => c.Outcome == o)).Append(" |");
            }

            sb.Append('\n');
        }

        var rows = matrix.Rows.Where(r => r.Notable).ToList();
        sb.Append($"\n{rows.Count} of {matrix.Rows.Count} cases failed, warned, were unsupported or undecided somewhere, or differ between servers{(matrix.Columns.Any(c => c.Baseline is not null) ? $"; {matrix.Regressions} regressions against the baselines" : "")}.\n");
        if (rows.Count > 0)
        {
            sb.Append("\n| case | level |").Append(string.Concat(matrix.Columns.Select(c => $" {SummaryMarkdown.Escape(c.Name)} |")))
                .Append("\n| --- | --- |").Append(string.Concat(matrix.Columns.Select(_ => " --- |"))).Append('\n');
            foreach (MatrixRow row in rows)
            {
                sb.Append($"| `{SummaryMarkdown.Code(row.Id)}` | {row.Level} |");
                for (int i = 0; i < row.Cells.Count; i++)
                {
                    StoredCase? c = row.Cells[i];
                    BaselineChange? change = c is null ? null : matrix.Columns[i].Change(c);
                    sb.Append(' ').Append(c is null ? "—" : c.Outcome == Outcome.Fail ? "**fail**" : ResultsJson.Name(c.Outcome))
                        .Append(change is BaselineChange.Regression or BaselineChange.Fix ? $" ({ResultsJson.Name(change.Value)})" : "").Append(" |");
                }

                sb.Append('\n');
            }
        }

        stream.Write(Encoding.UTF8.GetBytes(sb.ToString()));
    }
}
