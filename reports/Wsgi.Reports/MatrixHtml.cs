using System.Text;
using Wsgi.Conformance.Running;

namespace Wsgi.Reports;

/// <summary>matrix.html: one self-contained page, servers as columns (linked to their report.html),
/// cases as rows grouped by PEP section, each cell the outcome in its colour, linked to the case in
/// that server's report; regressions and fixes against baselines marked. Text is encoded as in report.html.</summary>
public static class MatrixHtml
{
    private const string Style = """
        body{font:13px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b}h1{font-size:1.35rem}
        table{border-collapse:collapse}th,td{border:1px solid #d5d5d5;padding:.15rem .45rem;text-align:left;vertical-align:top}
        thead th{position:sticky;top:0;background:#fff}td.cell{text-align:center;min-width:6rem}td.cell a{color:inherit;text-decoration:none;display:block}
        .pass{background:#dff3e3}.fail{background:#f9d6d5;font-weight:600}.warn{background:#fcefc7}.info{background:#dde9f7}
        .unsupported{background:#eceff1}.error{background:#f0d9f4}.missing{background:#fff;color:#999}
        tr.case th{font-weight:normal}tr.section th{background:#f3f3f3;font-size:1rem;padding-top:.5rem}code{font:12px ui-monospace,DejaVu Sans Mono,monospace}
        .change{font-size:10px;font-weight:600;border-radius:3px;padding:0 .25rem;margin-left:.25rem;color:#fff}
        .change.regression{background:#b3261e}.change.fix{background:#1e7b34}[hidden]{display:none!important}
        @media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}#only{display:none}thead th{position:static}}
        """;

    private const string Script = """
        (function(){var only=document.getElementById('only-differing');function apply(){
        document.querySelectorAll('tr.case').forEach(function(r){r.hidden=only.checked&&r.getAttribute('data-notable')!=='true';});}
        only.addEventListener('change',apply);apply();})();
        """;

    /// <summary>Writes <paramref name="matrix"/> to <paramref name="stream"/>.</summary>
    public static void Write(Matrix matrix, Stream stream)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var h = new HtmlWriter(text);
        Outcome[] outcomes = Enum.GetValues<Outcome>();
        h.Raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>WSGI conformance matrix</title><style>").Raw(Style).Raw("</style></head><body><h1>WSGI conformance matrix: ")
            .Number(matrix.Columns.Count).Raw(" servers, ").Number(matrix.Rows.Count).Raw(" cases</h1><table id=\"servers\"><thead><tr><th>server</th><th>target</th><th>run</th>");
        foreach (Outcome o in outcomes)
        {
            h.Raw("<th class=\"").Raw(ResultsJson.Name(o)).Raw("\">").Raw(ResultsJson.Name(o)).Raw("</th>");
        }

        h.Raw("</tr></thead><tbody>");
        foreach (MatrixColumn col in matrix.Columns)
        {
            h.Raw("<tr><th><a href=\"").Text(col.ReportHref).Raw("\">").Text(col.Name, 100).Raw("</a></th><td>").Text(col.Run.TargetDescription ?? "", 200).Raw(" <code>").Text(col.Run.Target, 200)
                .Raw("</code></td><td>").Text(col.Run.Started, 40).Raw(col.Run.Complete ? "" : " (incomplete)").Raw("</td>");
            foreach (Outcome o in outcomes)
            {
                h.Raw("<td data-outcome=\"").Raw(ResultsJson.Name(o)).Raw("\">").Number(col.Run.Cases.Count(c => c.Outcome == o)).Raw("</td>");
            }

            h.Raw("</tr>");
        }

        h.Raw("</tbody></table>");
        if (matrix.Columns.Any(c => c.Baseline is not null))
        {
            h.Raw("<p id=\"regressions\">").Number(matrix.Regressions).Raw(" regressions against the baselines.</p>");
        }

        h.Raw("<p id=\"only\"><label><input type=\"checkbox\" id=\"only-differing\"> only cases that fail, warn or differ somewhere</label></p><table id=\"matrix\"><thead><tr><th>case</th><th>level</th>");
        foreach (MatrixColumn col in matrix.Columns)
        {
            h.Raw("<th><a href=\"").Text(col.ReportHref).Raw("\">").Text(col.Name, 100).Raw("</a></th>");
        }

        h.Raw("</tr></thead><tbody>");
        foreach (var section in matrix.Rows.GroupBy(r => r.Section))
        {
            h.Raw("<tr class=\"section\"><th colspan=\"").Number(matrix.Columns.Count + 2).Raw("\">").Text(section.Key, 200).Raw("</th></tr>");
            foreach (MatrixRow row in section)
            {
                Row(h, matrix, row);
            }
        }

        h.Raw("</tbody></table><script id=\"matrix-script\">").Raw(Script).Raw("</script></body></html>");
    }

    private static void Row(HtmlWriter h, Matrix matrix, MatrixRow row)
    {
        h.Raw("<tr class=\"case\" data-case=\"").Text(row.Id).Raw("\" data-notable=\"").Raw(row.Notable ? "true" : "false").Raw("\"><th><code>").Text(row.Id).Raw("</code> <small>").Text(row.Title, 200)
            .Raw("</small></th><td>").Text(row.Level, 20).Raw("</td>");
        for (int i = 0; i < row.Cells.Count; i++)
        {
            if (row.Cells[i] is not { } c)
            {
                h.Raw("<td class=\"cell missing\" data-outcome=\"missing\">—</td>");
                continue;
            }

            string outcome = ResultsJson.Name(c.Outcome);
            h.Raw("<td class=\"cell ").Raw(outcome).Raw("\" data-outcome=\"").Raw(outcome).Raw("\" title=\"").Text(c.Message, 300).Raw("\"><a href=\"").Text(matrix.Columns[i].ReportHref)
                .Raw("#").Raw(HtmlReport.CaseAnchor(c.Id)).Raw("\">").Raw(outcome);
            if (matrix.Columns[i].Change(c) is BaselineChange.Regression or BaselineChange.Fix or BaselineChange.Changed && matrix.Columns[i].Change(c) is { } change)
            {
                h.Raw("<span class=\"change ").Raw(ResultsJson.Name(change)).Raw("\">").Raw(ResultsJson.Name(change)).Raw("</span>");
            }

            h.Raw("</a></td>");
        }

        h.Raw("</tr>");
    }
}
