using Wsgi.Python;

namespace Wsgi.PythonHost;

/// <summary>Behind <c>wsgi_conformance_host.Clr</c>: a C# value with no Python counterpart (a
/// broken server double's odd environ value), opaque to Python and given back as itself.</summary>
internal sealed class ClrBridge(object value) : IBridge
{
    public object Target => value;

    public string Repr() => $"<C# {Wsgi.Python.Py.Repr(value)}>";
}
