using System.Globalization;
using System.Text;
using Wsgi.Catalogue;
using Wsgi.Conformance.Running;

namespace Wsgi.Reports;

/// <summary>report.html: one self-contained page (inline CSS, one small script, no network). At the top
/// the verdict, the target and the counts by level and outcome, then the MUST failures (and, with a
/// baseline, the regressions and fixes); then the cases by PEP section, filterable by outcome and
/// searchable by rule or case id; each case opens to its rules' quotes, expected vs actual, the
/// exchanges (bytes escaped, long ones cut with their length) and the probe trace; the rules at the
/// end, linked from every rule id. Every piece of text goes through <see cref="HtmlWriter.Text"/>.</summary>
public static partial class HtmlReport
{
    private static readonly Outcome[] Outcomes = Enum.GetValues<Outcome>();
    private static readonly Level[] Levels = Enum.GetValues<Level>();

    /// <summary>Writes <paramref name="run"/> to <paramref name="stream"/>.</summary>
    public static void Write(RunResult run, Stream stream) => Write(run, null, stream);

    /// <summary>Writes <paramref name="run"/> to <paramref name="stream"/>, each case marked against <paramref name="baseline"/> when there is one.</summary>
    public static void Write(RunResult run, Baseline? baseline, Stream stream)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var h = new HtmlWriter(text);
        h.Raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>WSGI conformance: ")
            .Text(run.TargetDescription ?? run.Target, 200).Raw("</title><style>").Raw(Style).Raw("</style></head><body><header>");
        Header(h, run);
        Counts(h, run);
        if (baseline is not null)
        {
            Changes(h, run, baseline);
        }

        Problems(h, run, Outcome.Fail, "MUST failures", "failures");
        Problems(h, run, Outcome.Error, "Errors (the harness could not decide)", "errors");
        Problems(h, run, Outcome.Warn, "SHOULD warnings", "warnings");
        h.Raw("</header>");
        Filters(h, run, baseline);
        h.Raw("<main id=\"cases\">");
        foreach (var group in run.Cases.GroupBy(c => c.Case.Group).OrderBy(g => g.Key.Number))
        {
            h.Raw("<section class=\"group\" id=\"section-").Number(group.Key.Number).Raw("\"><h2>").Number(group.Key.Number).Raw(". ").Text(group.Key.Title).Raw(" <small>")
                .Raw(string.Join(", ", Outcomes.Select(o => (o, n: group.Count(c => c.Outcome == o))).Where(p => p.n > 0).Select(p => $"{p.n} {ResultsJson.Name(p.o)}")))
                .Raw("</small></h2>");
            foreach (CaseResult c in group)
            {
                AppendCase(h, c, baseline);
            }

            h.Raw("</section>");
        }

        h.Raw("</main>");
        AppendRules(h, run);
        h.Raw("<script id=\"report-script\">").Raw(Script).Raw("</script></body></html>");
    }

    /// <summary>The anchor of case <paramref name="caseId"/> in report.html (<c>case-</c> and the id, other characters as '-').</summary>
    public static string CaseAnchor(string caseId) => "case-" + Anchor(caseId);

    private static void Header(HtmlWriter h, RunResult run)
    {
        int failures = run.Count(Outcome.Fail);
        h.Raw("<h1>WSGI conformance of <code>").Text(run.Target, 300).Raw("</code></h1><p id=\"target\">");
        if (run.TargetDescription is { } d)
        {
            h.Raw(run.DescriptionLabel).Raw(": <code>").Text(d.TrimEnd('.', ' '), 300).Raw("</code>. ");
        }

        h.Number(run.Cases.Count).Raw(" cases in ").Number(run.DurationS, "0.0").Raw(" s, seed ").Number(run.Seed).Raw(", started ")
            .Text(run.Started.ToString("u", CultureInfo.InvariantCulture)).Raw(", ").Text(run.Tool).Raw(" ").Text(run.Version)
            .Raw(run.Complete ? "" : " <strong>(incomplete run)</strong>").Raw(".</p>")
            .Raw("<p id=\"verdict\" class=\"verdict ").Raw(failures > 0 ? "fail" : run.Count(Outcome.Error) > 0 ? "error" : "pass").Raw("\">");
        if (failures > 0)
        {
            h.Raw(Plural(failures, "case")).Raw(" failed a MUST rule");
        }
        else
        {
            h.Raw("No MUST rule failed");
        }

        int errors = run.Count(Outcome.Error);
        h.Raw(errors > 0 ? $", but {Plural(errors, "case")} could not be decided (error)" : "").Raw(".</p>");
    }

    // Rows: the levels present; columns: the outcomes; each cell carries data-level and data-outcome.
    private static void Counts(HtmlWriter h, RunResult run)
    {
        h.Raw("<table id=\"counts\"><thead><tr><th>level</th>");
        foreach (Outcome o in Outcomes)
        {
            h.Raw("<th class=\"").Raw(ResultsJson.Name(o)).Raw("\">").Raw(ResultsJson.Name(o)).Raw("</th>");
        }

        h.Raw("<th>all</th></tr></thead><tbody>");
        var byLevel = run.Cases.GroupBy(c => c.Case.Level).ToDictionary(g => g.Key, g => g.ToList());
        foreach (Level level in Levels.Where(byLevel.ContainsKey))
        {
            CountRow(h, ResultsJson.LevelName(level), byLevel[level], "");
        }

        CountRow(h, "all", run.Cases, " class=\"total\"");
        h.Raw("</tbody></table>");
    }

    private static void CountRow(HtmlWriter h, string level, IReadOnlyCollection<CaseResult> cases, string rowClass)
    {
        h.Raw("<tr").Raw(rowClass).Raw("><th>").Raw(level).Raw("</th>");
        foreach (Outcome o in Outcomes)
        {
            int n = cases.Count(c => c.Outcome == o);
            h.Raw("<td data-level=\"").Raw(level).Raw("\" data-outcome=\"").Raw(ResultsJson.Name(o)).Raw("\"").Raw(n == 0 ? " class=\"zero\"" : $" class=\"{ResultsJson.Name(o)}\"").Raw(">").Number(n).Raw("</td>");
        }

        h.Raw("<td data-level=\"").Raw(level).Raw("\" data-outcome=\"all\">").Number(cases.Count).Raw("</td></tr>");
    }

    private static void Changes(HtmlWriter h, RunResult run, Baseline baseline)
    {
        h.Raw("<section id=\"baseline\"><h2>Against the baseline <code>").Text(Path.GetFileName(baseline.Source), 200).Raw("</code></h2>");
        foreach (BaselineChange change in (BaselineChange[])[BaselineChange.Regression, BaselineChange.Fix, BaselineChange.Changed])
        {
            var cases = run.Cases.Where(c => baseline.Compare(c.Case.Id, c.Outcome) == change).ToList();
            string name = ResultsJson.Name(change);
            h.Raw("<p><span class=\"change ").Raw(name).Raw("\">").Number(cases.Count).Raw(change switch { BaselineChange.Regression => cases.Count == 1 ? " regression" : " regressions", BaselineChange.Fix => cases.Count == 1 ? " fix" : " fixes", _ => " changed" }).Raw("</span></p>");
            if (cases.Count > 0)
            {
                h.Raw("<ul id=\"").Raw(name).Raw("-list\">");
                foreach (CaseResult c in cases)
                {
                    h.Raw("<li><a href=\"#").Raw(CaseAnchor(c.Case.Id)).Raw("\"><code>").Text(c.Case.Id).Raw("</code></a> ").Raw(ResultsJson.Name(baseline.ExpectedOf(c.Case.Id)))
                        .Raw(" → <span class=\"badge ").Raw(ResultsJson.Name(c.Outcome)).Raw("\">").Raw(ResultsJson.Name(c.Outcome)).Raw("</span>").Text(c.Message, 200).Raw("</li>");
                }

                h.Raw("</ul>");
            }
        }

        h.Raw("</section>");
    }

    private static void Problems(HtmlWriter h, RunResult run, Outcome outcome, string title, string id)
    {
        var cases = run.Cases.Where(c => c.Outcome == outcome).ToList();
        if (cases.Count == 0)
        {
            return;
        }

        h.Raw("<h2>").Raw(title).Raw(" (").Number(cases.Count).Raw(")</h2><ol id=\"").Raw(id).Raw("\">");
        foreach (CaseResult c in cases)
        {
            h.Raw("<li><a href=\"#").Raw(CaseAnchor(c.Case.Id)).Raw("\"><code>").Text(c.Case.Id).Raw("</code></a>: ").Text(c.Message, 300).Raw("</li>");
        }

        h.Raw("</ol>");
    }

    private static void Filters(HtmlWriter h, RunResult run, Baseline? baseline)
    {
        h.Raw("<nav id=\"filters\"><strong>Show</strong> ");
        foreach (Outcome o in Outcomes)
        {
            string name = ResultsJson.Name(o);
            h.Raw("<label class=\"").Raw(name).Raw("\"><input type=\"checkbox\" id=\"show-").Raw(name).Raw("\" data-outcome=\"").Raw(name).Raw("\" checked> ")
                .Raw(name).Raw(" (").Number(run.Count(o)).Raw(")</label>");
        }

        if (baseline is not null)
        {
            h.Raw("<label><input type=\"checkbox\" id=\"only-changes\"> only changes against the baseline</label>");
        }

        h.Raw("<label>rule or case id <input type=\"search\" id=\"q\" placeholder=\"environ.\" autocomplete=\"off\"></label><output id=\"shown\">")
            .Number(run.Cases.Count).Raw(" of ").Number(run.Cases.Count).Raw(" cases shown</output></nav>");
    }

    private static void AppendRules(HtmlWriter h, RunResult run)
    {
        h.Raw("<section id=\"rules-section\"><h2>Rules</h2><dl id=\"rules\">");
        var rules = run.Cases.SelectMany(c => c.Case.Rules.Concat(c.Evidence.Violations.Select(v => v.Rule))).Distinct()
            .OrderBy(r => r.Group.Number).ThenBy(r => r.Id, StringComparer.Ordinal);
        foreach (Rule r in rules)
        {
            h.Raw("<dt id=\"rule-").Raw(Anchor(r.Id)).Raw("\"><code>").Text(r.Id).Raw("</code> ").Text(r.LevelText).Raw(", ").Raw(r.Party.ToString().ToLowerInvariant())
                .Raw(" (").Text(r.Section).Raw(")</dt><dd>").Text(r.Summary).Raw("<blockquote>").Text(r.Quote).Raw("</blockquote></dd>");
        }

        h.Raw("</dl></section>");
    }

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {noun}s";

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
