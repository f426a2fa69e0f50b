using Wsgi.Python;

namespace Wsgi.Apps;

/// <summary>An error handler: starts a 200 response, fails before any body, and replaces the
/// response by calling start_response again with <c>exc_info</c>, then returns an error page.</summary>
public sealed class ExcInfoApp : WsgiApplication
{
    /// <summary>The error page body.</summary>
    public static ReadOnlyMemory<byte> ErrorPage { get; } = "500: the page failed\n"u8.ToArray();

    /// <inheritdoc/>
    public override string Name => "exc-info";

    /// <inheritdoc/>
    protected override object? Call(PyDict environ, PyCallable startResponse)
    {
        try
        {
            startResponse.Call("200 OK", Headers(("Content-Type", "text/html")));
            throw new InvalidOperationException("rendering failed");
        }
        catch (InvalidOperationException e)
        {
            // Headers are not sent yet, so the server replaces them; once sent, it would re-raise e.
            startResponse.Call("500 Internal Server Error", Headers(("Content-Type", "text/plain")), ExcInfo.From(e));
            return new PyList { ErrorPage.ToArray() };
        }
    }
}
