using Python.Runtime;
using Wsgi.Python;

namespace Wsgi.PythonHost;

/// <summary>A Python WSGI application as a contract <see cref="PyCallable"/>: a server or the
/// validator calls it like any C# app, and the call runs on the interpreter thread with the
/// arguments converted (the environ to a real dict whose wsgi.input, wsgi.errors and
/// wsgi.file_wrapper are Python objects over the C# ones; start_response to a Python callable).
/// The result comes back as a C# iterable (a list at once; any other iterable stepped on the
/// interpreter thread, with close() and len() when the Python one has them). A Python exception
/// escaping the call, an iteration step or close() is thrown as a <see cref="PythonAppException"/>;
/// a C# exception that went through Python (a strict validator's violation) as itself.
/// Get one from <see cref="PythonRuntime.LoadApp"/>.</summary>
public sealed class PythonApp : PyCallable
{
    private readonly Marshaller _marshaller;
    private readonly PyObject _app;

    internal PythonApp(Marshaller marshaller, PyObject app, string spec)
    {
        _marshaller = marshaller;
        _app = app;
        Spec = spec;
    }

    /// <summary>What was loaded, as <c>module:attribute</c>.</summary>
    public string Spec { get; }

    /// <inheritdoc/>
    public override string Name => Spec;

    internal IntPtr Handle => LibPython.Ptr(_app);

    /// <inheritdoc/>
    public override object? Invoke(ReadOnlySpan<object?> args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        object?[] positional = args.ToArray();
        return _marshaller.Run(() => _marshaller.CallApp(Handle, positional, kwargs));
    }

    /// <inheritdoc/>
    public override string ToString() => $"<Python WSGI application {Spec}>";
}
