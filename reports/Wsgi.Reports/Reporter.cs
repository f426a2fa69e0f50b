using Wsgi.Conformance.Running;

namespace Wsgi.Reports;

/// <summary>A report format, registered as data: a name, the file it writes, and a pure writer of a run result.</summary>
/// <param name="Name">Short name (<c>json</c>, <c>html</c>, <c>junit</c>, <c>markdown</c>).</param>
/// <param name="FileName">The file written in the output folder.</param>
/// <param name="Description">One line for help texts.</param>
/// <param name="Write">Writes the report of a run (compared with a baseline when one is given) to a stream.</param>
public sealed record Reporter(string Name, string FileName, string Description, Action<RunResult, Baseline?, Stream> Write)
{
    /// <summary>Every report a run writes.</summary>
    public static IReadOnlyList<Reporter> All { get; } =
    [
        new("json", "results.json", "every case with its evidence, machine-readable (schema: docs/results.schema.json)", ResultsJson.Write),
        new("html", "report.html", "one self-contained page for people", HtmlReport.Write),
        new("junit", "junit.xml", "JUnit XML for CI systems", JunitXml.Write),
        new("markdown", "summary.md", "a short summary for a CI job summary or a PR comment", SummaryMarkdown.Write),
    ];

    /// <summary>Writes this report into <paramref name="folder"/> atomically (a temporary file, then a rename),
    /// so a reader never sees half a file, even when the run is killed.</summary>
    public void WriteTo(RunResult run, string folder, Baseline? baseline = null)
    {
        string path = Path.Combine(folder, FileName);
        string temp = path + ".tmp";
        using (var stream = File.Create(temp))
        {
            Write(run, baseline, stream);
        }

        File.Move(temp, path, overwrite: true);
    }
}
