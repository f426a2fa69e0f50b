using System.Net;
using System.Text;
using Wsgi.Catalogue;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Running;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Tracing;

namespace Wsgi.Reports;

/// <summary>report.html: one self-contained page (inline CSS, a little JS, no network). The verdict
/// counts and the target first, MUST failures listed first; then the cases by PEP section, filterable
/// by outcome and searchable by id; each case opens to its rules' quotes, the violations (expected vs
/// actual), the exchanges rendered safely and the probe trace. Every piece of text is HTML-encoded.</summary>
public static class HtmlReport
{
    private const string Style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b}
        h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem;border-bottom:1px solid #ccc}
        .counts span{display:inline-block;margin-right:1rem;padding:.2rem .6rem;border-radius:4px}
        .pass{background:#dff3e3}.fail{background:#f9d6d5}.warn{background:#fcefc7}.info{background:#dde9f7}
        .unsupported{background:#eee}.error{background:#f0d9f4}
        details{margin:.2rem 0;padding:.2rem .5rem;border-radius:4px}
        summary{cursor:pointer}code,pre{font:12px/1.4 ui-monospace,monospace}
        pre{white-space:pre-wrap;word-break:break-all;background:#f7f7f7;padding:.5rem;max-height:24rem;overflow:auto}
        .outcome{font-weight:600;text-transform:uppercase;font-size:11px;margin-right:.5rem}
        #filters label{margin-right:.8rem}blockquote{margin:.3rem 0 .3rem 1rem;color:#444}
        @media print{#filters{display:none}details{break-inside:avoid}details>*{display:block}}
        """;

    private const string Script = """
        function apply(){var q=document.getElementById('q').value.toLowerCase();
        var on={};document.querySelectorAll('#filters input[type=checkbox]').forEach(function(c){on[c.value]=c.checked});
        document.querySelectorAll('details.case').forEach(function(d){var ok=on[d.dataset.outcome]&&(q===''||d.dataset.search.indexOf(q)>=0);
        d.style.display=ok?'':'none'});
        document.getElementById('shown').textContent=document.querySelectorAll('details.case:not([style*="none"])').length;}
        document.querySelectorAll('#filters input').forEach(function(i){i.addEventListener('input',apply)});apply();
        """;

    /// <summary>Writes <paramref name="run"/> to <paramref name="stream"/>.</summary>
    public static void Write(RunResult run, Stream stream)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>WSGI conformance: ").Append(E(run.Target)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        h.Append("<h1>WSGI conformance of <code>").Append(E(run.Target)).Append("</code></h1><p id=\"target\">");
        if (run.TargetDescription is { } d)
        {
            h.Append("Server: <code>").Append(E(d)).Append("</code>. ");
        }

        h.Append(run.Cases.Count).Append(" cases, ").Append(run.DurationS.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)).Append(" s, seed ").Append(run.Seed)
            .Append(", started ").Append(E(run.Started.ToString("u", System.Globalization.CultureInfo.InvariantCulture))).Append(", wsgi-conformance ").Append(E(run.Version))
            .Append(run.Complete ? "" : " <strong>(incomplete run)</strong>").Append(".</p>");
        h.Append("<p class=\"counts\" id=\"counts\">");
        foreach (Outcome o in Enum.GetValues<Outcome>())
        {
            h.Append("<span class=\"").Append(ResultsJson.Name(o)).Append("\" data-outcome=\"").Append(ResultsJson.Name(o)).Append("\">").Append(ResultsJson.Name(o)).Append(": <b>").Append(run.Count(o)).Append("</b></span>");
        }

        h.Append("</p>");
        var mustFailures = run.Cases.Where(c => c.Outcome == Outcome.Fail).ToList();
        if (mustFailures.Count > 0)
        {
            h.Append("<h2>MUST failures</h2><ul id=\"failures\">");
            foreach (CaseResult c in mustFailures)
            {
                h.Append("<li><a href=\"#case-").Append(Anchor(c.Case.Id)).Append("\"><code>").Append(E(c.Case.Id)).Append("</code></a>: ").Append(E(Text.Cut(c.Message, 300))).Append("</li>");
            }

            h.Append("</ul>");
        }

        h.Append("<div id=\"filters\"><h2>Cases</h2>");
        foreach (Outcome o in Enum.GetValues<Outcome>())
        {
            h.Append("<label><input type=\"checkbox\" value=\"").Append(ResultsJson.Name(o)).Append("\" checked> ").Append(ResultsJson.Name(o)).Append("</label>");
        }

        h.Append("<label>rule or case id <input type=\"search\" id=\"q\"></label> <span id=\"shown\"></span> shown</div>");
        foreach (var group in run.Cases.GroupBy(c => c.Case.Group).OrderBy(g => g.Key.Number))
        {
            h.Append("<h2>").Append(group.Key.Number).Append(". ").Append(E(group.Key.Title)).Append("</h2>");
            foreach (CaseResult c in group)
            {
                AppendCase(h, c);
            }
        }

        AppendRules(h, run);
        h.Append("<script>").Append(Script).Append("</script></body></html>");
        stream.Write(Encoding.UTF8.GetBytes(h.ToString()));
    }

    private static void AppendCase(StringBuilder h, CaseResult c)
    {
        string outcome = ResultsJson.Name(c.Outcome);
        string search = string.Join(" ", [c.Case.Id, .. c.Case.Rules.Select(r => r.Id)]).ToLowerInvariant();
        h.Append("<details class=\"case ").Append(outcome).Append("\" id=\"case-").Append(Anchor(c.Case.Id)).Append("\" data-outcome=\"").Append(outcome)
            .Append("\" data-search=\"").Append(E(search)).Append("\"><summary><span class=\"outcome\">").Append(outcome).Append("</span><code>").Append(E(c.Case.Id))
            .Append("</code> ").Append(E(c.Case.Title)).Append("</summary>");
        if (c.Message.Length > 0)
        {
            h.Append("<p>").Append(E(Text.Cut(c.Message, 1000))).Append("</p>");
        }

        foreach (Rule r in c.Case.Rules)
        {
            h.Append("<p><a class=\"rule\" href=\"#rule-").Append(Anchor(r.Id)).Append("\"><code>").Append(E(r.Id)).Append("</code></a> ").Append(E(r.LevelText)).Append(" (").Append(E(r.Section)).Append(")</p><blockquote>").Append(E(r.Quote)).Append("</blockquote>");
        }

        if (c.Evidence.Violations.Count > 0)
        {
            h.Append("<table><tr><th>rule</th><th>subject</th><th>expected</th><th>actual</th></tr>");
            foreach (Violation v in c.Evidence.Violations)
            {
                h.Append("<tr><td><code>").Append(E(v.RuleId)).Append("</code></td><td><code>").Append(E(Text.Cut(v.Subject, 200))).Append("</code></td><td>").Append(E(Text.Cut(v.Expected, 500)))
                    .Append("</td><td><code>").Append(E(Text.Cut(v.Actual, 500))).Append("</code></td></tr>");
            }

            h.Append("</table>");
        }

        foreach (string note in c.Evidence.Notes)
        {
            h.Append("<p>").Append(E(Text.Cut(note, 500))).Append("</p>");
        }

        foreach (RawExchange x in c.Evidence.Exchanges)
        {
            h.Append("<p>Request:</p><pre>").Append(E(Text.Bytes(x.Request))).Append("</pre><p>Response (").Append(E(x.End.ToString().ToLowerInvariant()))
                .Append(x.ParseError is null ? "" : ", " + E(Text.Cut(x.ParseError, 300))).Append("; byte runs at ")
                .Append(E(string.Join(", ", x.Received.Take(20).Select(r => $"{r.AtMs:0.#} ms ({r.Bytes.Length} B)")))).Append("):</p><pre>").Append(E(Text.Bytes(x.ReceivedBytes))).Append("</pre>");
        }

        foreach (Trace t in c.Evidence.Traces.Take(2))
        {
            h.Append("<p>Probe trace:</p><pre>").Append(E(Text.Cut(TraceJson.Write(t, indented: true), 6000))).Append("</pre>");
        }

        h.Append("</details>");
    }

    private static void AppendRules(StringBuilder h, RunResult run)
    {
        h.Append("<h2>Rules</h2><dl id=\"rules\">");
        foreach (Rule r in run.Cases.SelectMany(c => c.Case.Rules).Distinct().OrderBy(r => r.Group.Number))
        {
            h.Append("<dt id=\"rule-").Append(Anchor(r.Id)).Append("\"><code>").Append(E(r.Id)).Append("</code> ").Append(E(r.LevelText)).Append(", ").Append(E(r.Party.ToString().ToLowerInvariant()))
                .Append("</dt><dd>").Append(E(r.Summary)).Append("<blockquote>").Append(E(r.Quote)).Append("</blockquote></dd>");
        }

        h.Append("</dl>");
    }

    private static string E(string s) => WebUtility.HtmlEncode(Text.XmlSafe(s));

    private static string Anchor(string id)
    {
        var sb = new StringBuilder(id.Length);
        foreach (char ch in id)
        {
            sb.Append(char.IsAsciiLetterOrDigit(ch) || ch is '.' or '_' or '-' ? ch : '-');
        }

        return sb.ToString();
    }
}
