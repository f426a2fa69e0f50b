using Python.Runtime;
using Wsgi.Python;

namespace Wsgi.PythonHost;

/// <summary>A <see cref="PythonResult"/> whose Python object has <c>close()</c> (a generator, a
/// framework's response iterable): the server must call it, and that releases the object.</summary>
internal sealed class PythonClosingResult(Marshaller marshaller, PyObject result) : PythonResult(marshaller, result), IPyClosable
{
    /// <inheritdoc/>
    public void Close() => CloseResult();

    // Kept until close(): the server calls it after iterating.
    internal override void IterationEnded()
    {
    }
}
