using Wsgi.Python;

namespace Wsgi.Apps;

/// <summary>The imperative style PEP 3333 keeps for old frameworks: the body goes through the
/// <c>write()</c> callable start_response returns, and the app returns an empty list.</summary>
public sealed class WriteApp : WsgiApplication
{
    /// <inheritdoc/>
    public override string Name => "write";

    /// <inheritdoc/>
    protected override object? Call(PyDict environ, PyCallable startResponse)
    {
        var write = (PyCallable)startResponse.Call("200 OK", Headers(("Content-Type", "text/plain")))!;
        write.Call("Hello, "u8.ToArray());
        write.Call("write()!\n"u8.ToArray());
        return new PyList();
    }
}
