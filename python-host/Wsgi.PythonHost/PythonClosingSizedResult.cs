using Python.Runtime;
using Wsgi.Python;

namespace Wsgi.PythonHost;

/// <summary>A <see cref="PythonResult"/> whose Python object has both <c>close()</c> and <c>__len__</c>.</summary>
internal sealed class PythonClosingSizedResult(Marshaller marshaller, PyObject result) : PythonResult(marshaller, result), IPyClosable, IPyLen
{
    /// <inheritdoc/>
    public void Close() => CloseResult();

    /// <inheritdoc/>
    public int Len() => LenOfResult();

    // Kept until close(): the server calls it after iterating.
    internal override void IterationEnded()
    {
    }
}
