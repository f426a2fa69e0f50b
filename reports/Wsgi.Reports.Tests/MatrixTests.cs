using AngleSharp.Dom;
using Wsgi.Conformance.Running;

namespace Wsgi.Reports.Tests;

/// <summary>The matrix: runs written to folders, read back, merged into matrix.html and matrix.md.</summary>
public sealed class MatrixTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wsgi-matrix-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Servers_are_columns_and_cases_rows_linked_into_each_report()
    {
        string a = Write("gunicorn", HostileRun.Of(("environ.type.builtin_dict", Outcome.Pass), ("environ.type.builtin_dict/b", Outcome.Fail)));
        string b = Write("waitress", HostileRun.Build(6));
        string outDir = Path.Combine(_root, "matrix");
        Matrix matrix = Matrix.Build([ResultsReader.Read(a), ResultsReader.Read(b)], outDir, []);
        var doc = Render.Parse(Text(s => MatrixHtml.Write(matrix, s)));

        Assert.Equal(["gunicorn", "waitress"], doc.QuerySelectorAll("#matrix thead th a").Select(x => x.TextContent));
        var rows = doc.QuerySelectorAll("#matrix tr.case").ToList();
        Assert.Equal(2 + 6, rows.Count);
        Assert.All(rows, r => Assert.Equal(2, r.QuerySelectorAll("td.cell").Length));
        IElement failed = rows.Single(r => r.GetAttribute("data-case") == "environ.type.builtin_dict/b");
        IElement cell = failed.QuerySelectorAll("td.cell")[0];
        Assert.Equal("fail", cell.GetAttribute("data-outcome"));
        Assert.Equal("../gunicorn/report.html#case-environ.type.builtin_dict-b", cell.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("missing", failed.QuerySelectorAll("td.cell")[1].GetAttribute("data-outcome"));
        Assert.Single(doc.Scripts);
        Assert.Empty(doc.QuerySelectorAll("img, iframe, failure"));
        Assert.Equal(matrix.Rows.Select(r => r.Section).Distinct().Count(), doc.QuerySelectorAll("#matrix tr.section").Length);

        string md = Text(s => MatrixMarkdown.Write(matrix, s));
        Assert.DoesNotContain('<', md);
        Assert.Contains("| case | level | gunicorn | waitress |", md, StringComparison.Ordinal);
        Assert.Contains("| `environ.type.builtin_dict/b` | MUST | **fail** | — |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Baselines_mark_regressions_per_server()
    {
        string a = Write("a", HostileRun.Of(("environ.type.builtin_dict", Outcome.Fail)));
        string b = Write("b", HostileRun.Of(("environ.type.builtin_dict", Outcome.Pass)));
        Baseline known = Baseline.Parse("{\"environ.type.builtin_dict\": \"fail\"}", "known.json");
        Baseline clean = Baseline.Parse("{}", "clean.json");
        Assert.Equal(0, Matrix.Build([ResultsReader.Read(a), ResultsReader.Read(b)], _root, [known, clean]).Regressions);
        Matrix both = Matrix.Build([ResultsReader.Read(a), ResultsReader.Read(b)], _root, [clean]);
        Assert.Equal(1, both.Regressions);
        Assert.Contains("(regression)", Text(s => MatrixMarkdown.Write(both, s)), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Matrix.Build([ResultsReader.Read(a)], _root, [known, clean]));
    }

    [Fact]
    public void A_folder_without_results_is_refused_by_name()
    {
        var e = Assert.Throws<ReportFileException>(() => ResultsReader.Read(_root));
        Assert.Contains(Path.Combine(_root, "results.json"), e.Message, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_root, "results.json"), "{\"results_version\": 1}");
        Assert.Contains("no \"cases\"", Assert.Throws<ReportFileException>(() => ResultsReader.Read(_root)).Message, StringComparison.Ordinal);
    }

    private string Write(string name, RunResult run)
    {
        string dir = Path.Combine(_root, name);
        Directory.CreateDirectory(dir);
        foreach (Reporter r in Reporter.All)
        {
            r.WriteTo(run, dir);
        }

        return dir;
    }

    private static string Text(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
