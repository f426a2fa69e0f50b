using Python.Runtime;
using Wsgi.Python;

namespace Wsgi.PythonHost;

/// <summary>A <see cref="PythonResult"/> whose Python object has <c>__len__</c> (and no <c>close()</c>).</summary>
internal sealed class PythonSizedResult(Marshaller marshaller, PyObject result) : PythonResult(marshaller, result), IPyLen
{
    /// <inheritdoc/>
    public int Len() => LenOfResult();
}
