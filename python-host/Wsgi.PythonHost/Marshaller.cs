using System.Collections.Concurrent;
using Python.Runtime;

namespace Wsgi.PythonHost;

/// <summary>Moves values, calls and exceptions across the boundary: C# contract values to Python
/// objects and back (<c>Marshaller.ToPython.cs</c>, <c>Marshaller.FromPython.cs</c>), C# exceptions
/// to Python exceptions and back (<c>Marshaller.Exceptions.cs</c>), the calls the host makes into
/// Python (<c>Marshaller.Calls.cs</c>) and the callbacks Python makes into C# (here).</summary>
/// <remarks>Every method that touches Python needs the GIL; the callbacks take it themselves,
/// because pythonnet releases it around every C# method it calls.</remarks>
internal sealed partial class Marshaller(InterpreterThread thread, HostModule module)
{
    /// <summary>The deepest nesting of tuples, lists and dicts converted; deeper values become opaque.</summary>
    private const int MaxDepth = 32;

    // What callbacks returned to Python on the interpreter thread: pythonnet took its own reference
    // when it returned the value, so ours is released at the next callback or after the work item.
    private readonly List<PyObject> _returned = [];

    // Python objects C# is done with (a result after close(), an exhausted iterator), released by the
    // interpreter thread after its current work: letting go never waits for that thread.
    private readonly ConcurrentQueue<PyObject> _released = new();

    public InterpreterThread Thread => thread;

    public HostModule Module => module;

    /// <summary>Releases the references kept for values returned to Python and those handed to
    /// <see cref="ReleaseLater"/> (GIL held, on the interpreter thread).</summary>
    public void ReleaseReturned()
    {
        foreach (var o in _returned)
        {
            o.Dispose();
        }

        _returned.Clear();
        while (_released.TryDequeue(out var o))
        {
            o.Dispose();
        }
    }

    /// <summary>Gives up <paramref name="o"/> from any thread, without waiting: the interpreter thread
    /// releases it after the work it is doing.</summary>
    public void ReleaseLater(PyObject o) => _released.Enqueue(o);

    /// <summary>A C# callback from Python: converts the Python arguments (GIL held), calls
    /// <paramref name="target"/> without the GIL, converts what it returns, or raises what it threw
    /// as a Python exception. <paramref name="args"/> and <paramref name="kwargs"/> are consumed;
    /// <paramref name="state"/> is passed to <paramref name="target"/> (so it need not capture).</summary>
    public PyObject Callback(PyObject? args, PyObject? kwargs, Func<object?[], IReadOnlyDictionary<string, object?>?, object, object?> target, object state, ArgumentKind kind = ArgumentKind.Plain)
    {
        object?[] positional;
        IReadOnlyDictionary<string, object?>? keywords;
        using (Py.GIL())
        {
            try
            {
                if (thread.IsCurrent)
                {
                    ReleaseReturned();
                }

                positional = args is null ? [] : ArgumentsFromPython(LibPython.Ptr(args), kind);
                keywords = kwargs is null ? null : KeywordsFromPython(LibPython.Ptr(kwargs));
            }
            catch (Exception e) when (e is not PythonException)
            {
                throw ToPythonError(e);
            }
            finally
            {
                args?.Dispose();
                kwargs?.Dispose();
            }
        }

        object? result;
        Exception? error = null;
        try
        {
            result = target(positional, keywords, state);
        }
        catch (Exception e)
        {
            error = e;
            result = null;
        }

        using (Py.GIL())
        {
            if (error is not null)
            {
                throw ToPythonError(error);
            }

            return Returned(ToPython(result));
        }
    }

    /// <summary>The Python value of a callback's result as pythonnet wants it (GIL held).</summary>
    private PyObject Returned(IntPtr newReference)
    {
        var o = LibPython.Own(newReference);
        if (thread.IsCurrent)
        {
            _returned.Add(o);
        }

        return o;
    }

    /// <summary>Runs <paramref name="work"/> on the interpreter thread; a Python exception it lets
    /// out becomes the C# exception <see cref="FromPythonError"/> gives (an original C# exception is
    /// rethrown as itself).</summary>
    public T Run<T>(Func<T> work) => thread.Run(() =>
    {
        try
        {
            return work();
        }
        catch (PythonException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(FromPythonError(e));
            throw;
        }
    });
}
