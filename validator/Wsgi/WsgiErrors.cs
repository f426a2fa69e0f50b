using Wsgi.Python;

namespace Wsgi;

/// <summary><c>wsgi.errors</c> as the app sees it: a Python text-mode output stream.</summary>
public abstract class WsgiErrors
{
    /// <summary><c>write(s)</c>: <c>s</c> must be a str.</summary>
    public abstract object? Write(params ReadOnlySpan<object?> args);

    /// <summary><c>writelines(seq)</c>: every item must be a str.</summary>
    public virtual object? WriteLines(params ReadOnlySpan<object?> args)
    {
        if (args.Length != 1)
        {
            throw new PyTypeError($"writelines() takes exactly one argument ({args.Length} given)");
        }

        if (args[0] is not System.Collections.IEnumerable seq || args[0] is string)
        {
            throw new PyTypeError($"writelines() argument must be an iterable of str, not {Py.TypeName(args[0])}");
        }

        foreach (object? line in seq)
        {
            Write(line);
        }

        return null;
    }

    /// <summary><c>flush()</c>.</summary>
    public virtual object? Flush(params ReadOnlySpan<object?> args) => null;

    /// <summary><c>close()</c>: applications must never call it.</summary>
    public virtual void Close() { }

    /// <summary>Any other attribute: applications must not use one.</summary>
    public virtual object? GetAttribute(string name) => throw new PyAttributeError(Py.TypeName(this), name);
}
