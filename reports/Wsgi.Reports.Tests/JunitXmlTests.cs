using System.Globalization;
using System.Xml;
using Wsgi.Conformance.Running;

namespace Wsgi.Reports.Tests;

/// <summary>junit.xml parses with System.Xml whatever the server sent, and its counts match the run.</summary>
public sealed class JunitXmlTests
{
    private static readonly RunResult Run = HostileRun.Build();

    [Fact]
    public void Parses_and_counts_match()
    {
        XmlDocument doc = Load(Run);
        XmlElement root = doc.DocumentElement!;
        Assert.Equal("testsuites", root.Name);
        Assert.Equal(Run.Cases.Count, Int(root, "tests"));
        Assert.Equal(Run.Count(Outcome.Fail), Int(root, "failures"));
        Assert.Equal(Run.Count(Outcome.Error), Int(root, "errors"));
        Assert.Equal(Run.Count(Outcome.Unsupported), Int(root, "skipped"));
        Assert.Equal(Run.Cases.Count, doc.SelectNodes("//testcase")!.Count);
        Assert.Equal(Run.Count(Outcome.Fail), doc.SelectNodes("//testcase/failure")!.Count);
        Assert.Equal(Run.Count(Outcome.Error), doc.SelectNodes("//testcase/error")!.Count);
        Assert.Equal(Run.Count(Outcome.Unsupported), doc.SelectNodes("//testcase/skipped")!.Count);
        Assert.Equal(Run.Cases.Select(c => c.Case.Group).Distinct().Count(), doc.SelectNodes("/testsuites/testsuite")!.Count);
        foreach (XmlElement suite in doc.SelectNodes("/testsuites/testsuite")!)
        {
            Assert.Equal(suite.SelectNodes("testcase")!.Count, Int(suite, "tests"));
            Assert.Equal(suite.SelectNodes("testcase/failure")!.Count, Int(suite, "failures"));
            Assert.All(suite.SelectNodes("testcase")!.Cast<XmlElement>(), t => Assert.Equal(suite.GetAttribute("name"), t.GetAttribute("classname")));
        }

        Assert.Equal(Run.Cases.Select(c => c.Case.Id).Order(StringComparer.Ordinal), doc.SelectNodes("//testcase")!.Cast<XmlElement>().Select(t => t.GetAttribute("name")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Server_text_stays_text()
    {
        XmlDocument doc = Load(Run);
        Assert.Empty(doc.GetElementsByTagName("script").Cast<XmlNode>());
        XmlElement failure = (XmlElement)doc.SelectSingleNode("//failure")!;
        Assert.Contains(HostileRun.Markup + "]]>", failure.GetAttribute("message"), StringComparison.Ordinal);
        Assert.Contains("]]>", failure.InnerText, StringComparison.Ordinal);
        Assert.Equal(Run.Count(Outcome.Warn) + Run.Count(Outcome.Info), doc.SelectNodes("//testcase/system-out[starts-with(., 'warn') or starts-with(., 'info')]")!.Count);
    }

    [Fact]
    public void With_a_baseline_known_failures_are_skipped_and_regressions_fail()
    {
        RunResult before = HostileRun.Of(("environ.type.builtin_dict", Outcome.Fail), ("environ.type.builtin_dict/b", Outcome.Pass));
        RunResult after = HostileRun.Of(("environ.type.builtin_dict", Outcome.Fail), ("environ.type.builtin_dict/b", Outcome.Fail));
        XmlDocument doc = Load(after, Baseline.From(before));
        Assert.Equal(1, Int(doc.DocumentElement!, "failures"));
        Assert.Equal(1, Int(doc.DocumentElement!, "skipped"));
        Assert.StartsWith("regression (baseline: pass)", ((XmlElement)doc.SelectSingleNode("//failure")!).GetAttribute("message"), StringComparison.Ordinal);
    }

    private static XmlDocument Load(RunResult run, Baseline? baseline = null)
    {
        var doc = new XmlDocument();
        doc.LoadXml(Render.Text(Render.Named("junit"), run, baseline));
        return doc;
    }

    private static int Int(XmlElement e, string attribute) => int.Parse(e.GetAttribute(attribute), CultureInfo.InvariantCulture);
}
