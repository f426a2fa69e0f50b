using System.Collections;
using Wsgi.Python;

namespace Wsgi;

/// <summary><c>wsgi.input</c> as the app sees it: a Python binary file-like object. Methods take
/// Python-style positional arguments (so an app can pass none, one or too many) and return
/// Python values (a server double can return <c>str</c> instead of <c>bytes</c>).</summary>
public abstract class WsgiInput : IEnumerable
{
    /// <summary><c>read()</c> or <c>read(size)</c>: at most <c>size</c> bytes, <c>b''</c> at end.</summary>
    public abstract object? Read(params ReadOnlySpan<object?> args);

    /// <summary><c>readline()</c> or <c>readline(size)</c>: one line including its <c>\n</c>.</summary>
    public abstract object? ReadLine(params ReadOnlySpan<object?> args);

    /// <summary><c>readlines()</c> or <c>readlines(hint)</c>: a <see cref="PyList"/> of lines, stopping once
    /// <c>hint</c> bytes were read (as Python's IOBase does it, in terms of <see cref="ReadLine"/>).</summary>
    public virtual object? ReadLines(params ReadOnlySpan<object?> args)
    {
        long hint = SizeArgument(args, "readlines");
        var lines = new PyList();
        long total = 0;
        while (ReadLine() is byte[] { Length: > 0 } line)
        {
            lines.Add(line);
            total += line.Length;
            if (hint > 0 && total >= hint)
            {
                break;
            }
        }

        return lines;
    }

    /// <summary><c>iter(wsgi.input)</c>: yields lines until <c>readline()</c> returns <c>b''</c>.</summary>
    public virtual IEnumerator GetEnumerator()
    {
        while (ReadLine() is byte[] { Length: > 0 } line)
        {
            yield return line;
        }
    }

    /// <summary><c>close()</c>: applications must never call it (PEP 3333, wsgi.input).</summary>
    public virtual void Close() { }

    /// <summary>Any other attribute (<c>fileno</c>, <c>seek</c>, ...): applications must not use one.</summary>
    public virtual object? GetAttribute(string name) => throw new PyAttributeError(Py.TypeName(this), name);

    /// <summary>Reads Python's optional size argument: <c>null</c> (None), absent or negative mean "no limit".</summary>
    protected static long SizeArgument(ReadOnlySpan<object?> args, string method)
    {
        if (args.Length > 1)
        {
            throw new PyTypeError($"{method}() takes at most 1 argument ({args.Length} given)");
        }

        if (args.Length == 0 || args[0] is null)
        {
            return -1;
        }

        return args[0] switch
        {
            int i => i,
            long l => l,
            _ => throw new PyTypeError($"argument should be integer or None, not '{Py.TypeName(args[0])}'"),
        };
    }
}
