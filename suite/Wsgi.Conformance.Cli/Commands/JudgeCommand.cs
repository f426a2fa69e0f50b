using System.CommandLine;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Tracing;

namespace Wsgi.Conformance.Cli.Commands;

/// <summary><c>wsgi-conformance judge TRACES...</c>: judges trace files recorded elsewhere (by the
/// probe, by wsgi_recorder.py, by the validator) with the one judge and prints every violation.
/// A folder means every <c>*.json</c> in it. Exit 1 when a MUST rule broke, 2 when a file cannot be read.</summary>
internal static class JudgeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var traces = new Argument<string[]>("traces") { Description = "Trace files, or folders of *.json trace files.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("judge", "Judge recorded trace files and print the violations.") { traces };
        command.SetAction(parsed => Judge(stdout, stderr, parsed.GetValue(traces)!));
        return command;
    }

    private static int Judge(TextWriter stdout, TextWriter stderr, string[] paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new UsageException($"no such trace file or folder: \"{path}\"");
            }
        }

        int unreadable = 0;
        int fatal = 0;
        int violations = 0;
        foreach (string file in files)
        {
            Trace trace;
            try
            {
                trace = TraceJson.Read(File.ReadAllText(file));
            }
            catch (TraceFormatException e)
            {
                stderr.WriteLine($"wsgi-conformance: {file}: {e.Message}");
                unreadable++;
                continue;
            }

            IReadOnlyList<Violation> found = TraceReplay.Judge(trace);
            stdout.WriteLine($"{file}: {(found.Count == 0 ? "no violation" : $"{found.Count} violation(s)")}");
            foreach (Violation v in found)
            {
                stdout.WriteLine($"  {(v.IsFatal ? "fail" : v.Level == Wsgi.Catalogue.Level.May ? "info" : "warn")}  {v}");
            }

            violations += found.Count;
            fatal += found.Count(v => v.IsFatal);
        }

        stdout.WriteLine($"{files.Count} trace(s) judged: {violations} violation(s), {fatal} of a MUST rule{(unreadable > 0 ? $", {unreadable} unreadable" : "")}.");
        return fatal > 0 ? 1 : unreadable > 0 ? Program.UsageError : 0;
    }
}
