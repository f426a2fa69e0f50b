using System.CommandLine;
using Wsgi.Conformance.Cli.Commands;

namespace Wsgi.Conformance.Cli;

/// <summary>The <c>wsgi-conformance</c> entry point: exit 0 when nothing MUST-level failed, 1 when
/// something did, 2 for usage errors and harness errors.</summary>
public static class Program
{
    /// <summary>Exit code for usage or harness errors.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command line with <paramref name="args"/>, writing to <paramref name="stdout"/> and <paramref name="stderr"/>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        RootCommand root = Build(stdout, stderr);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"wsgi-conformance: {error.Message}");
            }

            stderr.WriteLine("Run 'wsgi-conformance --help' for the commands and their options.");
            return UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"wsgi-conformance: {e.Message}");
            return UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"wsgi-conformance: {e.Message}");
            return UsageError;
        }
    }

    /// <summary>The command tree.</summary>
    public static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("wsgi-conformance: checks WSGI (PEP 3333) servers and applications against the whole contract, with evidence.");
        root.Subcommands.Add(RulesCommand.Create(stdout));
        root.Subcommands.Add(ValidateCommand.Create(stdout));
        root.Subcommands.Add(RunCommand.Create(stdout, stderr));
        root.Subcommands.Add(TargetsCommand.Create(stdout));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
        root.Subcommands.Add(JudgeCommand.Create(stdout, stderr));
        root.Subcommands.Add(ProbeCommand.Create(stdout));
        root.Subcommands.Add(CheckAppCommand.Create(stdout, stderr));
        root.Subcommands.Add(MatrixCommand.Create(stdout));
        return root;
    }

    private static int Main(string[] args)
    {
        int code = Run(args, Console.Out, Console.Error);

        // An in-process Python app (serve --python-app, check-app --in-process): finalise the interpreter on its own
        // thread now, before the runtime's exit handlers run, which otherwise wait for the GIL forever.
        if (Wsgi.PythonHost.PythonRuntime.Current is { } python && !python.Shutdown(TimeSpan.FromSeconds(10)))
        {
            Console.Error.WriteLine("wsgi-conformance: the Python interpreter did not shut down within 10 s (a Python thread still running?)");
        }

        return code;
    }
}
