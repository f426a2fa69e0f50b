using System.Collections;
using Python.Runtime;

namespace Wsgi.PythonHost;

/// <summary>The app's result iterable as the server sees it, when it is not a list or tuple: each
/// <c>iter()</c> and <c>next()</c> runs on the interpreter thread, and every item is converted as
/// it comes (bytes to <c>byte[]</c>, a str stays a <c>string</c> for the validator to flag). Kinds
/// with <c>close()</c> and <c>__len__</c> derive from it, since C# says "has close" by interface.
/// The Python object is released at <c>close()</c>, at exchange end, or, for a result without
/// close(), when its iteration is over.</summary>
internal class PythonResult(Marshaller marshaller, PyObject result) : IEnumerable, IWsgiExchangeEnd
{
    private PyObject? _result = result;

    /// <summary>The Python object, or <see cref="IntPtr.Zero"/> once released.</summary>
    public IntPtr Handle => _result is { } r ? LibPython.Ptr(r) : IntPtr.Zero;

    protected Marshaller Marshaller => marshaller;

    /// <inheritdoc/>
    public IEnumerator GetEnumerator()
    {
        var iterator = marshaller.Run(() => Handle == IntPtr.Zero ? null : Marshaller.Iter(Handle));
        return new PythonResultEnumerator(marshaller, iterator, this);
    }

    /// <inheritdoc/>
    public void ExchangeEnded() => Release();

    /// <summary>The iteration reached its end (or failed, or was abandoned).</summary>
    internal virtual void IterationEnded() => Release();

    /// <summary>Gives the Python object up, once (released by the interpreter thread after its current work).</summary>
    protected void Release()
    {
        if (Interlocked.Exchange(ref _result, null) is { } held)
        {
            marshaller.ReleaseLater(held);
        }
    }

    /// <summary><c>close()</c> on the Python object, then its release (one trip to the interpreter thread).</summary>
    protected void CloseResult()
    {
        var held = Interlocked.Exchange(ref _result, null);
        if (held is null)
        {
            return;
        }

        try
        {
            marshaller.Run(() =>
            {
                Marshaller.CallClose(LibPython.Ptr(held));
                return 0;
            });
        }
        finally
        {
            marshaller.ReleaseLater(held);
        }
    }

    /// <summary><c>len()</c> of the Python object.</summary>
    protected int LenOfResult() => marshaller.Run(() => Handle == IntPtr.Zero ? 0 : Marshaller.Len(Handle));
}
