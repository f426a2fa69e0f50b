using Wsgi.Python;

namespace Wsgi;

/// <summary>Base for WSGI applications written in C#: a callable taking exactly
/// <c>(environ, start_response)</c> by position, returning the response iterable.</summary>
public abstract class WsgiApplication : PyCallable
{
    /// <inheritdoc/>
    public sealed override object? Invoke(ReadOnlySpan<object?> args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        if (kwargs is { Count: > 0 } || args.Length != 2)
        {
            throw new PyTypeError($"{Name}() takes 2 positional arguments (environ, start_response)");
        }

        if (args[0] is not PyDict environ)
        {
            throw new PyTypeError($"{Name}() environ must be a dict, not {Py.TypeName(args[0])}");
        }

        if (args[1] is not PyCallable startResponse)
        {
            throw new PyTypeError($"{Name}() start_response must be callable, not {Py.TypeName(args[1])}");
        }

        return Call(environ, startResponse);
    }

    /// <summary>The application body.</summary>
    protected abstract object? Call(PyDict environ, PyCallable startResponse);

    /// <summary>An application from a lambda.</summary>
    public static WsgiApplication From(string name, Func<PyDict, PyCallable, object?> body) => new Lambda(name, body);

    /// <summary>A header list: a <see cref="PyList"/> of <c>(name, value)</c> <see cref="PyTuple"/>s.</summary>
    public static PyList Headers(params (string Name, string Value)[] pairs)
    {
        var list = new PyList();
        foreach (var (name, value) in pairs)
        {
            list.Add(new PyTuple(name, value));
        }

        return list;
    }

    private sealed class Lambda(string name, Func<PyDict, PyCallable, object?> body) : WsgiApplication
    {
        public override string Name => name;

        protected override object? Call(PyDict environ, PyCallable startResponse) => body(environ, startResponse);
    }
}
