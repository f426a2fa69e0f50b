using System.Collections;
using Python.Runtime;

namespace Wsgi.PythonHost;

/// <summary>Behind <c>wsgi_conformance_host.Iterator</c>: one C# enumeration stepped from Python
/// (the lines of wsgi.input, a C# result iterable the app iterates).</summary>
internal sealed class IteratorBridge(Marshaller marshaller, IEnumerator items) : IBridge
{
    public object Target => items;

    public PyObject Next() => marshaller.Callback(null, null, static (_, _, s) =>
    {
        var e = (IEnumerator)s;
        if (e.MoveNext())
        {
            return e.Current;
        }

        (e as IDisposable)?.Dispose();
        return IterationEnd.Instance;
    }, items);
}
