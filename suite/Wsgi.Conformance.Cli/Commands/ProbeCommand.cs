using System.CommandLine;

namespace Wsgi.Conformance.Cli.Commands;

/// <summary><c>wsgi-conformance probe --write DIR | --print</c>: the Python probe (and the recorder)
/// from the copies embedded in the tool, so testing a server never needs this repository.</summary>
internal static class ProbeCommand
{
    /// <summary>The files embedded in the tool, by name.</summary>
    public static readonly string[] Files = ["wsgi_probe.py", "wsgi_recorder.py"];

    public static Command Create(TextWriter stdout)
    {
        var write = new Option<string?>("--write") { Description = "Write wsgi_probe.py and wsgi_recorder.py into this folder (created if missing)." };
        var print = new Option<bool>("--print") { Description = "Print wsgi_probe.py to standard output." };
        var command = new Command("probe", "Get the Python probe to serve with the server under test.") { write, print };
        command.SetAction(parsed =>
        {
            string? folder = parsed.GetValue(write);
            bool toStdout = parsed.GetValue(print);
            if (folder is null == !toStdout)
            {
                throw new UsageException("give exactly one of --write DIR or --print");
            }

            if (toStdout)
            {
                stdout.Write(Read("wsgi_probe.py"));
                return 0;
            }

            Directory.CreateDirectory(folder!);
            foreach (string file in Files)
            {
                File.WriteAllText(Path.Combine(folder!, file), Read(file));
            }

            stdout.WriteLine($"wrote {string.Join(" and ", Files)} to {folder}; serve wsgi_probe:application, for example: gunicorn --chdir {folder} wsgi_probe:application");
            return 0;
        });
        return command;
    }

    /// <summary>An embedded file's text.</summary>
    public static string Read(string name)
    {
        using Stream stream = typeof(ProbeCommand).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"this build of the tool has no embedded {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
