using Wsgi.Python;

namespace Wsgi.Apps;

/// <summary>The classic WSGI application: <c>200 OK</c>, <c>Content-Type: text/plain</c>, and
/// <c>b"Hello, world!\n"</c> as the only item of a list.</summary>
public sealed class HelloWorld : WsgiApplication
{
    /// <summary>The body every response carries.</summary>
    public static ReadOnlyMemory<byte> Body { get; } = "Hello, world!\n"u8.ToArray();

    /// <inheritdoc/>
    public override string Name => "hello";

    /// <inheritdoc/>
    protected override object? Call(PyDict environ, PyCallable startResponse)
    {
        startResponse.Call("200 OK", Headers(("Content-Type", "text/plain")));
        return new PyList { Body.ToArray() };
    }
}
