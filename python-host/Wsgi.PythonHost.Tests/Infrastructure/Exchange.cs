using System.Collections;
using Wsgi.Hosting;
using Wsgi.Python;
using Wsgi.Validator.Middleware;

namespace Wsgi.PythonHost.Tests.Infrastructure;

/// <summary>Ways to run a hosted app without sockets: through the contract's
/// <see cref="InProcessGateway"/> (optionally behind a strict validator), or by calling it directly
/// with a start_response that keeps its arguments.</summary>
internal static class Exchange
{
    /// <summary>Serves <paramref name="request"/> with <paramref name="app"/> through a fresh gateway.</summary>
    public static (WsgiResponse Response, string Errors) Run(PyCallable app, WsgiRequest request)
    {
        var errors = new StringWriter();
        var response = new InProcessGateway { ErrorsWriter = errors }.Run(app, request);
        return (response, errors.ToString());
    }

    /// <summary><paramref name="app"/> behind a validator in strict mode (it throws at the first broken MUST).</summary>
    public static ValidatorMiddleware Strict(object app) => new(app, new ValidatorOptions { Mode = ValidatorMode.Strict });

    /// <summary>A correct environ for a GET with <paramref name="query"/> (and a POST when there is a body).</summary>
    public static PyDict Environ(string query = "", byte[]? body = null) =>
        new InProcessGateway().BuildEnviron(body is null ? new WsgiRequest(Query: query) : new WsgiRequest("POST", Query: query, Body: body));

    /// <summary>Every item of a result, in order (the enumerator disposed, close() not called).</summary>
    public static List<object?> Items(object? result)
    {
        var items = new List<object?>();
        var e = ((IEnumerable)result!).GetEnumerator();
        try
        {
            while (e.MoveNext())
            {
                items.Add(e.Current);
            }
        }
        finally
        {
            (e as IDisposable)?.Dispose();
        }

        return items;
    }

    /// <summary>The JSON the host_checks:events app answers (and clears).</summary>
    public static string Events(PythonRuntime python) =>
        Run(python.LoadApp("host_checks:events"), WsgiRequest.Get()).Response.BodyText;
}
