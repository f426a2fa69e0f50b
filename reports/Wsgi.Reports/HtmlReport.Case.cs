using Wsgi.Catalogue;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Running;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Tracing;

namespace Wsgi.Reports;

/// <summary>One case of report.html: a summary line, and inside it the rules' quotes, expected vs
/// actual, notes, the exchanges and the probe traces.</summary>
public static partial class HtmlReport
{
    private const int TraceShown = 6000;

    private static void AppendCase(HtmlWriter h, CaseResult c, Baseline? baseline)
    {
        string outcome = ResultsJson.Name(c.Outcome);
        string level = ResultsJson.LevelName(c.Case.Level);
        h.Raw("<details class=\"case ").Raw(outcome).Raw("\" id=\"").Raw(CaseAnchor(c.Case.Id)).Raw("\" data-outcome=\"").Raw(outcome).Raw("\" data-level=\"").Raw(level)
            .Raw("\" data-search=\"").Text(c.Case.Id.ToLowerInvariant());
        foreach (Rule r in c.Case.Rules)
        {
            h.Raw(" ").Text(r.Id.ToLowerInvariant());
        }

        h.Raw("\"");
        BaselineChange? change = baseline?.Compare(c.Case.Id, c.Outcome);
        if (change is { } ch)
        {
            h.Raw(" data-change=\"").Raw(ResultsJson.Name(ch)).Raw("\"");
        }

        h.Raw("><summary><span class=\"badge ").Raw(outcome).Raw("\">").Raw(outcome).Raw("</span><span class=\"level\">").Raw(level).Raw("</span><code>").Text(c.Case.Id).Raw("</code> ").Text(c.Case.Title, 300);
        if (change is { } shown and not BaselineChange.Same)
        {
            h.Raw("<span class=\"change ").Raw(ResultsJson.Name(shown)).Raw("\">").Raw(ResultsJson.Name(shown)).Raw(": baseline ").Raw(ResultsJson.Name(baseline!.ExpectedOf(c.Case.Id))).Raw("</span>");
        }

        if (c.Message.Length > 0 && c.Outcome != Outcome.Pass)
        {
            h.Raw("<span class=\"msg\">").Text(c.Message, 200).Raw("</span>");
        }

        h.Raw("</summary>");
        if (c.Message.Length > 0)
        {
            h.Raw("<p class=\"message\">").Text(c.Message, 1000).Raw("</p>");
        }

        h.Raw("<h3>Rules</h3>");
        foreach (Rule r in c.Case.Rules)
        {
            h.Raw("<div><a class=\"rule\" href=\"#rule-").Raw(Anchor(r.Id)).Raw("\"><code>").Text(r.Id).Raw("</code></a> ").Text(r.LevelText).Raw(" (").Text(r.Section).Raw(")<blockquote>").Text(r.Quote).Raw("</blockquote></div>");
        }

        Violations(h, c.Evidence.Violations);
        if (c.Evidence.Notes.Count > 0 || c.Evidence.Unsupported is not null)
        {
            h.Raw("<h3>Notes</h3><ul class=\"notes\">");
            foreach (string note in c.Evidence.Notes.Take(50).Append(c.Evidence.Unsupported).OfType<string>())
            {
                h.Raw("<li>").Text(note, 500).Raw("</li>");
            }

            h.Raw("</ul>");
        }

        int n = 0;
        foreach (RawExchange x in c.Evidence.Exchanges.Take(20))
        {
            Exchange(h, x, ++n, c.Evidence.Exchanges.Count);
        }

        foreach (Trace t in c.Evidence.Traces.Take(2))
        {
            h.Raw("<h3>Probe trace</h3><pre class=\"trace\">").Text(TraceText(t), TraceShown).Raw("</pre>");
        }

        h.Raw("</details>");
    }

    private static void Violations(HtmlWriter h, IReadOnlyList<Violation> violations)
    {
        if (violations.Count == 0)
        {
            return;
        }

        h.Raw("<h3>Expected vs actual</h3><table class=\"violations\"><tr><th>rule</th><th>subject</th><th>expected</th><th>actual</th></tr>");
        foreach (Violation v in violations.Take(100))
        {
            h.Raw("<tr><td><a class=\"rule\" href=\"#rule-").Raw(Anchor(v.RuleId)).Raw("\"><code>").Text(v.RuleId).Raw("</code></a> ").Raw(ResultsJson.LevelName(v.Level))
                .Raw("</td><td><code>").Text(v.Subject, 200).Raw("</code></td><td>").Text(v.Expected, 500).Raw("</td><td><code>").Text(v.Actual, 500).Raw("</code></td></tr>");
        }

        h.Raw("</table>");
    }

    private static void Exchange(HtmlWriter h, RawExchange x, int n, int count)
    {
        byte[] received = x.ReceivedBytes;
        h.Raw("<h3>Exchange ").Number(n).Raw(count > 1 ? $" of {count}" : "").Raw("</h3><p>Request, ").Number(x.Request.Length).Raw(" bytes:</p><pre class=\"request\">")
            .Text(Text.Bytes(x.Request)).Raw("</pre><p>Response, ").Number(received.Length).Raw(" bytes in ").Raw(Plural(x.Received.Count, "run")).Raw("; connection ")
            .Raw(x.End.ToString().ToLowerInvariant());
        if (x.Responses.FirstOrDefault() is { } r)
        {
            h.Raw("; status ").Number(r.StatusCode).Raw(", ").Number(r.Headers.Count).Raw(" header fields, body ").Number(r.Body.Length).Raw(" bytes (").Raw(r.Framing.ToString().ToLowerInvariant()).Raw(")");
        }

        if (x.ParseError is { } error)
        {
            h.Raw("; not a valid response: ").Text(error, 300);
        }

        if (x.Received.Count > 0)
        {
            h.Raw("; byte runs at ");
            int i = 0;
            foreach (WireChunk chunk in x.Received.Take(12))
            {
                h.Raw(i++ == 0 ? "" : ", ").Number(chunk.AtMs, "0.#").Raw(" ms (").Number(chunk.Bytes.Length).Raw(" B)");
            }

            h.Raw(x.Received.Count > 12 ? ", …" : "");
        }

        h.Raw(":</p><pre class=\"response\">").Text(Text.Bytes(received)).Raw("</pre>");
    }

    private static string TraceText(Trace t)
    {
        try
        {
            return TraceJson.Write(t, indented: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return $"(the trace could not be written: {e.GetType().Name}: {e.Message})";
        }
    }
}
