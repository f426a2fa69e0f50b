using Python.Runtime;
using Wsgi.Python;

namespace Wsgi.PythonHost;

/// <summary>Behind <c>wsgi_conformance_host.Callable</c>: a C# <see cref="PyCallable"/>
/// (start_response, write, wsgi.file_wrapper) called from Python with the positional and keyword
/// arguments the app gave.</summary>
internal sealed class CallableBridge(Marshaller marshaller, PyCallable callable, ArgumentKind kind) : IBridge
{
    public object Target => callable;

    public PyObject Call(PyObject args, PyObject kwargs) =>
        marshaller.Callback(args, kwargs, static (a, k, s) => ((PyCallable)s).Invoke(a, k), callable, kind);
}
