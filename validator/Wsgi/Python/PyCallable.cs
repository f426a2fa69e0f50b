namespace Wsgi.Python;

/// <summary>A Python callable: called with positional arguments and, optionally, keyword arguments.
/// WSGI applications, <c>start_response</c>, <c>write</c> and <c>wsgi.file_wrapper</c> are all
/// callables, so a C# party can make every calling mistake a Python one can (wrong arity,
/// keywords), and a validator can see it.</summary>
public abstract class PyCallable
{
    /// <summary>Calls with positional arguments only.</summary>
    public object? Call(params ReadOnlySpan<object?> args) => Invoke(args, null);

    /// <summary>Calls with positional and keyword arguments.</summary>
    public object? CallWithKeywords(IReadOnlyDictionary<string, object?> kwargs, params ReadOnlySpan<object?> args) => Invoke(args, kwargs);

    /// <summary>The call itself. <paramref name="kwargs"/> is <c>null</c> when none were passed.</summary>
    public abstract object? Invoke(ReadOnlySpan<object?> args, IReadOnlyDictionary<string, object?>? kwargs);

    /// <summary>The Python-style name shown in messages (for example <c>start_response</c>).</summary>
    public virtual string Name => GetType().Name;

    /// <summary>Wraps a delegate taking the positional arguments (keywords rejected with a <see cref="PyTypeError"/>).</summary>
    public static PyCallable From(string name, Func<object?[], object?> body) => new DelegateCallable(name, body);

    /// <inheritdoc/>
    public override string ToString() => $"<function {Name}>";

    private sealed class DelegateCallable(string name, Func<object?[], object?> body) : PyCallable
    {
        public override string Name => name;

        public override object? Invoke(ReadOnlySpan<object?> args, IReadOnlyDictionary<string, object?>? kwargs)
        {
            if (kwargs is { Count: > 0 })
            {
                throw new PyTypeError($"{name}() got an unexpected keyword argument '{kwargs.Keys.First()}'");
            }

            return body(args.ToArray());
        }
    }
}
