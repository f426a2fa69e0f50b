using System.Collections;
using Python.Runtime;

namespace Wsgi.PythonHost;

/// <summary>One iteration of a <see cref="PythonResult"/>: each <see cref="MoveNext"/> is one
/// <c>next()</c> on the interpreter thread. The Python iterator is released when it is exhausted,
/// when it raises, or when the enumerator is disposed.</summary>
internal sealed class PythonResultEnumerator(Marshaller marshaller, PyObject? iterator, PythonResult owner) : IEnumerator, IDisposable
{
    private PyObject? _iterator = iterator;

    /// <inheritdoc/>
    public object? Current { get; private set; }

    /// <inheritdoc/>
    public bool MoveNext()
    {
        if (_iterator is not { } iterator)
        {
            Current = null;
            return false;
        }

        (bool done, object? item) step;
        try
        {
            step = marshaller.Run(() => marshaller.NextOf(LibPython.Ptr(iterator)));
        }
        catch
        {
            Finish();
            throw;
        }

        if (step.done)
        {
            Current = null;
            Finish();
            return false;
        }

        Current = step.item;
        return true;
    }

    /// <inheritdoc/>
    public void Reset() => throw new NotSupportedException("a Python iterator cannot be reset");

    /// <inheritdoc/>
    public void Dispose() => Finish();

    private void Finish()
    {
        if (Interlocked.Exchange(ref _iterator, null) is { } held)
        {
            marshaller.ReleaseLater(held);
            owner.IterationEnded();
        }
    }
}
