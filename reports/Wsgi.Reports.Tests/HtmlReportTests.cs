using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Wsgi.Conformance.Running;

namespace Wsgi.Reports.Tests;

/// <summary>report.html parsed with AngleSharp: structure, counts, links and safety against what a server sends.</summary>
public sealed class HtmlReportTests
{
    private static readonly RunResult Run = HostileRun.Build();
    private static readonly IHtmlDocument Doc = Render.Html(Run);

    [Fact]
    public void Counts_by_outcome_and_level_equal_the_cases()
    {
        foreach (Outcome o in Enum.GetValues<Outcome>())
        {
            string name = ResultsJson.Name(o);
            Assert.Equal(Run.Count(o), Cell("all", name));
            int byLevel = Doc.QuerySelectorAll($"#counts td[data-outcome=\"{name}\"]").Where(td => td.GetAttribute("data-level") != "all").Sum(td => int.Parse(td.TextContent, CultureInfo.InvariantCulture));
            Assert.Equal(Run.Count(o), byLevel);
        }

        foreach (var level in Run.Cases.GroupBy(c => ResultsJson.LevelName(c.Case.Level)))
        {
            Assert.Equal(level.Count(), Cell(level.Key, "all"));
            Assert.Equal(level.Count(c => c.Outcome == Outcome.Fail), Cell(level.Key, "fail"));
        }

        Assert.Equal(Run.Cases.Count, Cell("all", "all"));
    }

    [Fact]
    public void One_details_per_case_with_its_outcome_under_its_section()
    {
        var details = Doc.QuerySelectorAll("details.case").ToList();
        Assert.Equal(Run.Cases.Count, details.Count);
        Assert.Equal(Run.Cases.Count, details.Select(d => d.Id).Distinct().Count());
        foreach (CaseResult c in Run.Cases)
        {
            IElement d = Doc.GetElementById(HtmlReport.CaseAnchor(c.Case.Id))!;
            Assert.Equal(ResultsJson.Name(c.Outcome), d.GetAttribute("data-outcome"));
            Assert.Equal($"section-{c.Case.Group.Number}", d.ParentElement!.Id);
            Assert.Equal(c.Case.Id, d.QuerySelector("summary code")!.TextContent);
        }
    }

    [Fact]
    public void Must_failures_are_listed_first_and_link_to_their_cases()
    {
        var failures = Doc.QuerySelectorAll("#failures li a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(Run.Cases.Where(c => c.Outcome == Outcome.Fail).Select(c => "#" + HtmlReport.CaseAnchor(c.Case.Id)), failures);
        IElement list = Doc.GetElementById("failures")!;
        IElement firstCase = Doc.QuerySelector("details.case")!;
        Assert.Equal(DocumentPositions.Following, list.CompareDocumentPosition(firstCase) & DocumentPositions.Following);
    }

    [Fact]
    public void The_only_script_is_the_reports_own_and_no_markup_from_the_server_became_elements()
    {
        IElement script = Assert.Single(Doc.Scripts);
        Assert.Equal("report-script", script.Id);
        Assert.DoesNotContain(Doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.Empty(Doc.QuerySelectorAll("img, iframe, object, embed, link, failure"));
        Assert.DoesNotContain(Doc.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(Doc.QuerySelectorAll("[src], [srcset]"));
    }

    [Fact]
    public void Server_text_is_shown_as_text()
    {
        IElement message = Doc.QuerySelector("details.case p.message")!;
        Assert.Contains(HostileRun.Markup + "]]>", message.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', Doc.DocumentElement.OuterHtml);
        Assert.Contains(Doc.QuerySelectorAll("pre.response"), p => p.TextContent.Contains(@"\xff\xfe\xc3(", StringComparison.Ordinal));
    }

    [Fact]
    public void Long_values_are_cut_with_their_length_shown()
    {
        string html = Render.Text(Render.Named("html"), Run);
        Assert.True(html.Length < Run.Cases.Count * 80_000, $"report.html is {html.Length} characters for {Run.Cases.Count} cases of 2 MB evidence each");
        IElement response = Doc.QuerySelector("pre.response")!;
        int total = Run.Cases[0].Evidence.Exchanges[0].ReceivedBytes.Length;
        Assert.Contains($"({total} bytes in all)", response.TextContent, StringComparison.Ordinal);
        Assert.Contains($"({Run.Cases[0].Message.Length} characters in all)", Doc.QuerySelector("details.case p.message")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_link_resolves_to_an_element()
    {
        var links = Doc.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();
        Assert.Contains(links, l => l.StartsWith("rule-", StringComparison.Ordinal));
        Assert.All(links, id => Assert.NotNull(Doc.GetElementById(id)));
        Assert.All(Run.Cases.SelectMany(c => c.Case.Rules), r => Assert.NotNull(Doc.GetElementById("rule-" + r.Id)));
    }

    [Fact]
    public void Each_case_holds_quotes_expected_vs_actual_exchanges_and_trace()
    {
        foreach (IElement d in Doc.QuerySelectorAll("details.case"))
        {
            Assert.NotEmpty(d.QuerySelectorAll("blockquote"));
            Assert.NotNull(d.QuerySelector("table.violations"));
            Assert.NotNull(d.QuerySelector("pre.request"));
            Assert.NotNull(d.QuerySelector("pre.response"));
            Assert.NotNull(d.QuerySelector("pre.trace"));
        }
    }

    [Fact]
    public void Filters_cover_every_outcome_and_the_search_box_sees_rule_ids()
    {
        Assert.Equal(Enum.GetValues<Outcome>().Select(ResultsJson.Name), Doc.QuerySelectorAll("#filters input[data-outcome]").Select(i => i.GetAttribute("data-outcome")));
        Assert.NotNull(Doc.GetElementById("q"));
        foreach (CaseResult c in Run.Cases)
        {
            string search = Doc.GetElementById(HtmlReport.CaseAnchor(c.Case.Id))!.GetAttribute("data-search")!;
            Assert.All(c.Case.Rules, r => Assert.Contains(r.Id.ToLowerInvariant(), search, StringComparison.Ordinal)); // the search is case-insensitive
        }
    }

    [Fact]
    public void An_empty_run_still_renders()
    {
        IHtmlDocument doc = Render.Html(HostileRun.Of());
        Assert.Empty(doc.QuerySelectorAll("details.case"));
        Assert.Equal("0", doc.QuerySelector("#counts td[data-level=all][data-outcome=all]")!.TextContent);
    }

    private static int Cell(string level, string outcome) =>
        int.Parse(Doc.QuerySelector($"#counts td[data-level=\"{level}\"][data-outcome=\"{outcome}\"]")!.TextContent, CultureInfo.InvariantCulture);
}
