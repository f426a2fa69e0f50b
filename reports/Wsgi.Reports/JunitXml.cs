using System.Xml;
using Wsgi.Conformance.Running;

namespace Wsgi.Reports;

/// <summary>junit.xml: one testsuite per PEP section, one testcase per case (classname = section,
/// name = case id); fail is a failure, error an error, unsupported skipped; warn and info pass with
/// their message in system-out. Written with <see cref="XmlWriter"/>; characters XML cannot hold are removed.</summary>
public static class JunitXml
{
    /// <summary>Writes <paramref name="run"/> to <paramref name="stream"/>.</summary>
    public static void Write(RunResult run, Stream stream)
    {
        using var w = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, CheckCharacters = true, Encoding = new System.Text.UTF8Encoding(false) });
        w.WriteStartDocument();
        w.WriteStartElement("testsuites");
        w.WriteAttributeString("name", $"wsgi-conformance {Text.XmlSafe(run.Target)}");
        Counts(w, run.Cases, run.DurationS);
        foreach (var group in run.Cases.GroupBy(c => c.Case.Group).OrderBy(g => g.Key.Number))
        {
            string section = $"{group.Key.Number}. {group.Key.Title}";
            w.WriteStartElement("testsuite");
            w.WriteAttributeString("name", section);
            Counts(w, [.. group], group.Sum(c => c.DurationMs) / 1000);
            foreach (CaseResult c in group)
            {
                w.WriteStartElement("testcase");
                w.WriteAttributeString("classname", section);
                w.WriteAttributeString("name", Text.XmlSafe(c.Case.Id));
                w.WriteAttributeString("time", (c.DurationMs / 1000).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
                string message = Text.XmlSafe(Text.Cut(c.Message, 1000));
                string detail = Text.XmlSafe(Detail(c));
                switch (c.Outcome)
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
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void Counts(XmlWriter w, IReadOnlyCollection<CaseResult> cases, double seconds)
    {
        w.WriteAttributeString("tests", cases.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteAttributeString("failures", cases.Count(c => c.Outcome == Outcome.Fail).ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteAttributeString("errors", cases.Count(c => c.Outcome == Outcome.Error).ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteAttributeString("skipped", cases.Count(c => c.Outcome == Outcome.Unsupported).ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteAttributeString("time", seconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Detail(CaseResult c) => string.Join("\n",
        c.Evidence.Violations.Select(v => v.ToString())
            .Concat(c.Evidence.Notes)
            .Concat(c.Evidence.Exchanges.Take(3).Select(x => "request:\n" + Text.Bytes(x.Request, 1000) + "\nresponse:\n" + Text.Bytes(x.ReceivedBytes, 1000))));
}
