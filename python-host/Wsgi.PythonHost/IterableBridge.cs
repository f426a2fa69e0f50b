using System.Collections;
using Python.Runtime;
using Wsgi.Python;

namespace Wsgi.PythonHost;

/// <summary>Behind <c>wsgi_conformance_host.Iterable</c> and its closing and sized kinds: a C#
/// iterable handed to Python, such as the <see cref="FileWrapper"/> wsgi.file_wrapper returns.
/// The app may iterate it, close it, take its len(), or return it to the server, which then gets
/// the C# object back.</summary>
internal sealed class IterableBridge(Marshaller marshaller, IEnumerable items) : IBridge
{
    public object Target => items;

    public PyObject Iterate() => marshaller.Callback(null, null, (_, _, s) => new IteratorBridge(marshaller, ((IEnumerable)s).GetEnumerator()), items);

    public PyObject Close() => marshaller.Callback(null, null, static (_, _, s) =>
    {
        ((IPyClosable)s).Close();
        return null;
    }, items);

    public PyObject Len() => marshaller.Callback(null, null, static (_, _, s) => s switch
    {
        IPyLen l => l.Len(),
        ICollection c => c.Count,
        _ => throw new PyTypeError($"object of type '{Wsgi.Python.Py.TypeName(s)}' has no len()"),
    }, items);
}
