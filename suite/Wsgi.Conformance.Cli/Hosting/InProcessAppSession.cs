using Wsgi.Conformance.AppChecking;
using Wsgi.Hosting;
using Wsgi.Python;
using Wsgi.PythonHost;
using Wsgi.Validator.Middleware;
using Wsgi.Validator.Tracing;

namespace Wsgi.Conformance.Cli.Hosting;

/// <summary><c>check-app --in-process</c>: the app hosted in this process (pythonnet), wrapped in the validator in
/// collect mode with traces on, and served by the socket-less <see cref="InProcessGateway"/>; each exchange's trace
/// is the validator's, judged like the driver's.</summary>
internal sealed class InProcessAppSession : IAppSession
{
    private const int BodyKept = 64 * 1024;
    private readonly InProcessGateway _gateway = new();
    private readonly ValidatorMiddleware _validator;
    private readonly TimeSpan _timeout;
    private Trace? _last;

    private InProcessAppSession(PythonRuntime runtime, object app, TimeSpan timeout)
    {
        PythonVersion = runtime.Version;
        _timeout = timeout;
        _validator = new ValidatorMiddleware(app, new ValidatorOptions { Mode = ValidatorMode.Collect, RecordTraces = true, ExchangeEnded = j => _last = j.Trace });
    }

    /// <inheritdoc/>
    public string PythonVersion { get; }

    /// <inheritdoc/>
    public string Description => "the in-process host (pythonnet, libpython)";

    /// <summary>Loads the app; a load failure is a <see cref="DriverException"/> with Python's traceback.</summary>
    public static InProcessAppSession Start(string libPython, IEnumerable<string> paths, string app, TimeSpan timeout)
    {
        PythonRuntime runtime;
        object loaded;
        try
        {
            (runtime, loaded) = PythonApps.Load(libPython, paths, app, allowNonCallable: true);
        }
        catch (UsageException e)
        {
            throw new DriverException(e.Message);
        }

        runtime.CallTimeout = timeout;
        return new InProcessAppSession(runtime, loaded, timeout);
    }

    /// <inheritdoc/>
    public async Task<AppExchange> ServeAsync(AppRequest request, CancellationToken token)
    {
        PyDict environ = _gateway.BuildEnviron(request.Environ, request.Input);
        _last = null;
        WsgiResponse response;
        try
        {
            // The host's own timeout answers 500 for a slow app; this one only guards against a call stuck in C.
            response = await Task.Run(() => _gateway.Run(_validator, environ), token).WaitAsync(_timeout * 2, token).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new DriverException($"the app took longer than {(_timeout * 2).TotalSeconds:0.#} s to serve {request.Describe()} and could not be interrupted; the in-process host cannot restart it");
        }

        Trace trace = _last ?? throw new DriverException($"the validator recorded no trace for {request.Describe()}");
        byte[] body = response.Body;
        var answer = new AppResponse(response.Status, [.. response.Headers], body.Length > BodyKept ? body[..BodyKept] : body, body.Length, response.Aborted, Describe(response.Error));
        return new AppExchange(request, trace, answer, 0);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask; // The interpreter lives as long as the process.

    private static string? Describe(Exception? e) => e switch
    {
        null => null,
        PythonAppException p => string.IsNullOrEmpty(p.PythonMessage) ? p.PythonType : $"{p.PythonType}: {p.PythonMessage}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
