using System.CommandLine;
using Wsgi.Reports;

namespace Wsgi.Conformance.Cli.Commands;

/// <summary><c>wsgi-conformance matrix DIR... --out DIR [--baseline FILE]...</c>: merges the results.json
/// of several runs into matrix.html (servers as columns, cases as rows by PEP section, each cell linked
/// into that run's report.html) and matrix.md. Exit 0; with baselines, 1 when a server regressed;
/// 2 when a results or baseline file cannot be read.</summary>
internal static class MatrixCommand
{
    public static Command Create(TextWriter stdout)
    {
        var runs = new Argument<string[]>("DIR") { Description = "Folders written by 'run --out DIR' (or their results.json files), one per server.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The folder for matrix.html and matrix.md.", Required = true };
        var baselines = new Option<string[]>("--baseline") { Description = "Expected outcomes by case id: one file for every server, or one per DIR in order (repeat the option).", AllowMultipleArgumentsPerToken = false };
        var command = new Command("matrix", "Merge the results of several runs into one servers x cases matrix (HTML and Markdown).") { runs, output, baselines };
        command.SetAction(parsed => Run(stdout, parsed.GetValue(runs) ?? [], parsed.GetValue(output)!, parsed.GetValue(baselines) ?? []));
        return command;
    }

    private static int Run(TextWriter stdout, string[] dirs, string output, string[] baselineFiles)
    {
        Matrix matrix;
        try
        {
            var problems = new List<string>();
            var runs = new List<StoredRun>();
            foreach (string dir in dirs)
            {
                try
                {
                    runs.Add(ResultsReader.Read(dir));
                }
                catch (ReportFileException e)
                {
                    problems.Add(e.Message);
                }
            }

            var baselines = new List<Baseline>();
            foreach (string file in baselineFiles)
            {
                try
                {
                    baselines.Add(Baseline.Read(file));
                }
                catch (ReportFileException e)
                {
                    problems.Add(e.Message);
                }
            }

            if (baselineFiles.Length > 1 && baselineFiles.Length != dirs.Length)
            {
                problems.Add($"--baseline must be given once (for every server) or once per DIR in order; got {baselineFiles.Length} for {dirs.Length} folders");
            }

            if (problems.Count > 0)
            {
                throw new UsageException(string.Join("; ", problems));
            }

            matrix = Matrix.Build(runs, output, baselines);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        Directory.CreateDirectory(output);
        Write(Path.Combine(output, "matrix.html"), s => MatrixHtml.Write(matrix, s));
        Write(Path.Combine(output, "matrix.md"), s => MatrixMarkdown.Write(matrix, s));
        bool withBaselines = baselineFiles.Length > 0;
        stdout.WriteLine($"{matrix.Columns.Count} servers x {matrix.Rows.Count} cases{(withBaselines ? $", {matrix.Regressions} regressions against the baselines" : "")}: " +
            $"{Path.Combine(output, "matrix.html")}, {Path.Combine(output, "matrix.md")}");
        return withBaselines && matrix.Regressions > 0 ? 1 : 0;
    }

    private static void Write(string path, Action<Stream> write)
    {
        using (var stream = File.Create(path + ".tmp"))
        {
            write(stream);
        }

        File.Move(path + ".tmp", path, overwrite: true);
    }
}
