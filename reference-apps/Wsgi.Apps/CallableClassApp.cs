using System.Globalization;
using System.Text;
using Wsgi.Python;

namespace Wsgi.Apps;

/// <summary>The classic first exercise: a class whose instances are the application. Each instance
/// keeps state between calls (how many times it was invoked) and reports it in the body.</summary>
public sealed class CallableClassApp : WsgiApplication
{
    private int _calls;

    /// <summary>How many times this instance has been called.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <inheritdoc/>
    public override string Name => "callable-class";

    /// <inheritdoc/>
    protected override object? Call(PyDict environ, PyCallable startResponse)
    {
        int n = Interlocked.Increment(ref _calls);
        byte[] body = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Hello from call {n}\n"));
        startResponse.Call("200 OK", Headers(("Content-Type", "text/plain"), ("Content-Length", body.Length.ToString(CultureInfo.InvariantCulture))));
        return new PyList { body };
    }
}
