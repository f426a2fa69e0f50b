using Wsgi.Python;

namespace Wsgi;

/// <summary>A correct <c>wsgi.errors</c> writing to a <see cref="TextWriter"/> (for example stderr).</summary>
public sealed class TextWriterErrors(TextWriter writer) : WsgiErrors
{
    /// <summary>An errors stream that keeps what was written in memory, for tests.</summary>
    public static TextWriterErrors InMemory() => new(new StringWriter());

    /// <summary>The underlying writer.</summary>
    public TextWriter Writer => writer;

    /// <inheritdoc/>
    public override object? Write(params ReadOnlySpan<object?> args)
    {
        if (args.Length != 1 || args[0] is not string s)
        {
            throw new PyTypeError($"write() argument must be str, not {(args.Length == 1 ? Py.TypeName(args[0]) : $"{args.Length} arguments")}");
        }

        lock (writer)
        {
            writer.Write(s);
        }

        return s.Length;
    }

    /// <inheritdoc/>
    public override object? Flush(params ReadOnlySpan<object?> args)
    {
        lock (writer)
        {
            writer.Flush();
        }

        return null;
    }
}
