using System.Xml;
using Wsgi.Conformance.Running;

namespace Wsgi.Reports;

/// <summary>junit.xml: one testsuite per PEP section, one testcase per case (classname = section,
/// name = case id); fail is a failure, error an error, unsupported skipped; warn and info pass with
/// their message in system-out. Written with <see cref="XmlWriter"/>; characters XML cannot hold are removed.</summary>
public static class JunitXml
{
    /// <summary>Writes <paramref name="run"/> to <paramref name="stream"/>.</summary>
    public static void Write(RunResult run, Stream stream) => Write(run, null, stream);

    /// <summary>Writes <paramref name="run"/> to <paramref name="stream"/>. With a <paramref name="baseline"/>,
    /// a known fail or error (the outcome the baseline expects) is <c>skipped</c>, so that CI fails only
    /// on regressions, and every regression or fix says so in its message.</summary>
    public static void Write(RunResult run, Baseline? baseline, Stream stream)
    {
        using var w = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, CheckCharacters = true, Encoding = new System.Text.UTF8Encoding(false) });
        w.WriteStartDocument();
        w.WriteStartElement("testsuites");
        w.WriteAttributeString("name", $"wsgi-conformance {Text.XmlSafe(run.Target)}");
        Counts(w, run.Cases, run.DurationS, baseline);
        foreach (var group in run.Cases.GroupBy(c => c.Case.Group).OrderBy(g => g.Key.Number))
        {
            string section = $"{group.Key.Number}. {group.Key.Title}";
            w.WriteStartElement("testsuite");
            w.WriteAttributeString("name", section);
            Counts(w, [.. group], group.Sum(c => c.DurationMs) / 1000, baseline);
            foreach (CaseResult c in group)
            {
                w.WriteStartElement("testcase");
                w.WriteAttributeString("classname", section);
                w.WriteAttributeString("name", Text.XmlSafe(c.Case.Id));
                w.WriteAttributeString("time", (c.DurationMs / 1000).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
                string message = Text.XmlSafe(Prefix(c, baseline) + Text.Cut(c.Message, 1000));
                string detail = Text.XmlSafe(Detail(c));
                switch (Reported(c, baseline))
                {
                    case Outcome.Fail:
                        w.WriteStartElement("failure");
                        w.WriteAttributeString("message", message);
                        w.WriteAttributeString("type", string.Join(" ", c.Case.Rules.Select(r => r.Id)));
                        w.WriteString(detail);
                        w.WriteEndElement();
                        break;
                    case Outcome.Error:
                        w.WriteStartElement("error");
                        w.WriteAttributeString("message", message);
                        w.WriteString(detail);
                        w.WriteEndElement();
                        break;
                    case Outcome.Unsupported:
                        w.WriteStartElement("skipped");
                        w.WriteAttributeString("message", message);
                        w.WriteEndElement();
                        break;
                    case Outcome.Warn or Outcome.Info:
                        w.WriteElementString("system-out", $"{ResultsJson.Name(c.Outcome)}: {message}");
                        break;
                    case Outcome.Pass when message.Length > 0:
                        w.WriteElementString("system-out", message);
                        break;
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndDocument();
    }

    /// <summary>The outcome JUnit is told: a fail or error the baseline expects is reported as unsupported (skipped).</summary>
    private static Outcome Reported(CaseResult c, Baseline? baseline) =>
        c.Outcome is Outcome.Fail or Outcome.Error && baseline?.Compare(c.Case.Id, c.Outcome) is BaselineChange.Same or BaselineChange.Changed
            ? Outcome.Unsupported
            : c.Outcome;

    private static string Prefix(CaseResult c, Baseline? baseline) => baseline?.Compare(c.Case.Id, c.Outcome) switch
    {
        BaselineChange.Regression => $"regression (baseline: {ResultsJson.Name(baseline.ExpectedOf(c.Case.Id))}): ",
        BaselineChange.Fix => $"fixed (baseline: {ResultsJson.Name(baseline.ExpectedOf(c.Case.Id))}): ",
        BaselineChange.Changed => $"changed (baseline: {ResultsJson.Name(baseline.ExpectedOf(c.Case.Id))}): ",
        BaselineChange.Same when c.Outcome is Outcome.Fail or Outcome.Error => $"known {ResultsJson.Name(c.Outcome)} (baseline): ",
        _ => "",
    };

    private static void Counts(XmlWriter w, IReadOnlyCollection<CaseResult> cases, double seconds, Baseline? baseline)
    {
        w.WriteAttributeString("tests", cases.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteAttributeString("failures", cases.Count(c => Reported(c, baseline) == Outcome.Fail).ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteAttributeString("errors", cases.Count(c => Reported(c, baseline) == Outcome.Error).ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteAttributeString("skipped", cases.Count(c => Reported(c, baseline) == Outcome.Unsupported).ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteAttributeString("time", seconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Detail(CaseResult c) => string.Join("\n",
        c.Evidence.Violations.Select(v => v.ToString())
            .Concat(c.Evidence.Notes)
            .Concat(c.Evidence.Exchanges.Take(3).Select(x => "request:\n" + Text.Bytes(x.Request, 1000) + "\nresponse:\n" + Text.Bytes(x.ReceivedBytes, 1000))));
}
