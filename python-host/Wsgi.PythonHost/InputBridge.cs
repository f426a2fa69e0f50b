using Python.Runtime;

namespace Wsgi.PythonHost;

/// <summary>Behind <c>wsgi_conformance_host.Input</c>: the app's <c>wsgi.input</c> calls, forwarded
/// to the C# <see cref="WsgiInput"/> with their arguments as given.</summary>
internal sealed class InputBridge(Marshaller marshaller, WsgiInput input) : IBridge
{
    public object Target => input;

    public PyObject Read(PyObject args) => marshaller.Callback(args, null, static (a, _, s) => ((WsgiInput)s).Read(a), input);

    public PyObject ReadLine(PyObject args) => marshaller.Callback(args, null, static (a, _, s) => ((WsgiInput)s).ReadLine(a), input);

    public PyObject ReadLines(PyObject args) => marshaller.Callback(args, null, static (a, _, s) => ((WsgiInput)s).ReadLines(a), input);

    public PyObject Iterate() => marshaller.Callback(null, null, (_, _, _) => new IteratorBridge(marshaller, input.GetEnumerator()), input);

    public PyObject Close(PyObject args) => marshaller.Callback(args, null, static (_, _, s) =>
    {
        ((WsgiInput)s).Close();
        return null;
    }, input);

    public PyObject GetAttribute(string name) => marshaller.Callback(null, null, (_, _, s) => ((WsgiInput)s).GetAttribute(name), input);
}
