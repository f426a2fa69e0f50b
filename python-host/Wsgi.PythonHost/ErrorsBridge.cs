using Python.Runtime;

namespace Wsgi.PythonHost;

/// <summary>Behind <c>wsgi_conformance_host.Errors</c>: the app's <c>wsgi.errors</c> calls, forwarded
/// to the C# <see cref="WsgiErrors"/> with their arguments as given.</summary>
internal sealed class ErrorsBridge(Marshaller marshaller, WsgiErrors errors) : IBridge
{
    public object Target => errors;

    public PyObject Write(PyObject args) => marshaller.Callback(args, null, static (a, _, s) => ((WsgiErrors)s).Write(a), errors);

    public PyObject WriteLines(PyObject args) => marshaller.Callback(args, null, static (a, _, s) => ((WsgiErrors)s).WriteLines(a), errors, ArgumentKind.Lines);

    public PyObject Flush(PyObject args) => marshaller.Callback(args, null, static (a, _, s) => ((WsgiErrors)s).Flush(a), errors);

    public PyObject Close(PyObject args) => marshaller.Callback(args, null, static (_, _, s) =>
    {
        ((WsgiErrors)s).Close();
        return null;
    }, errors);

    public PyObject GetAttribute(string name) => marshaller.Callback(null, null, (_, _, s) => ((WsgiErrors)s).GetAttribute(name), errors);
}
