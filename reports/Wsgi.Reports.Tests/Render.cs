using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Wsgi.Conformance.Running;

namespace Wsgi.Reports.Tests;

/// <summary>Runs a reporter into memory and parses what it wrote.</summary>
internal static class Render
{
    public static string Text(Reporter reporter, RunResult run, Baseline? baseline = null)
    {
        using var stream = new MemoryStream();
        reporter.Write(run, baseline, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static Reporter Named(string name) => Reporter.All.Single(r => r.Name == name);

    public static IHtmlDocument Html(RunResult run, Baseline? baseline = null) => Parse(Text(Named("html"), run, baseline));

    public static IHtmlDocument Parse(string html) => new HtmlParser(new HtmlParserOptions { IsStrictMode = false }).ParseDocument(html);
}
