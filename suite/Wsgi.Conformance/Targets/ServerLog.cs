using System.Text;

namespace Wsgi.Conformance.Targets;

/// <summary>The output of a target's processes, interleaved line by line into one file, each line
/// prefixed with the process it came from; keeps the last lines for error messages.</summary>
internal sealed class ServerLog : IDisposable
{
    private const int Kept = 8;
    private readonly StreamWriter _file;
    private readonly Queue<string> _last = new();
    private readonly Lock _gate = new();
    private bool _closed;

    public ServerLog(string path)
    {
        _file = new StreamWriter(path, append: false, new UTF8Encoding(false)) { AutoFlush = true };
    }

    /// <summary>Appends one line from <paramref name="source"/>.</summary>
    public void Line(string source, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _file.WriteLine($"{source}: {line}");
            _last.Enqueue(line);
            if (_last.Count > Kept)
            {
                _last.Dequeue();
            }
        }
    }

    /// <summary>The last lines written, joined with " | ".</summary>
    public string Tail()
    {
        lock (_gate)
        {
            return _last.Count == 0 ? "(no output)" : string.Join(" | ", _last);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _closed = true;
            _file.Dispose();
        }
    }
}
