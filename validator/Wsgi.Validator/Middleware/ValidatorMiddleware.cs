using Wsgi.Python;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Tracing;

namespace Wsgi.Validator.Middleware;

/// <summary>Wraps any WSGI application, sits between it and the server, and checks both sides of
/// the contract: what the server hands the app (environ, wsgi.input, wsgi.errors, start_response's
/// behaviour) and what the app does (start_response arguments and order, write, the result
/// iterable, close). Like wsgiref.validate, but covering the whole catalogue the judge knows.</summary>
public sealed class ValidatorMiddleware : PyCallable
{
    private readonly object? _app;
    private readonly ValidatorOptions _options;
    private readonly IViolationSink _sink;
    private readonly Action<ExchangeJudge> _end;

    /// <summary>Wraps <paramref name="app"/> (any object: a non-callable is itself a violation when called).</summary>
    public ValidatorMiddleware(object? app, ValidatorOptions? options = null)
    {
        _app = app;
        _options = options ?? new ValidatorOptions();
        _end = End;
        if (_options.Sink is { } sink)
        {
            _sink = sink;
        }
        else
        {
            Log = new ViolationLog(_options.Mode == ValidatorMode.Strict);
            _sink = Log;
        }
    }

    /// <summary>The default sink, when no <see cref="ValidatorOptions.Sink"/> was given.</summary>
    public ViolationLog? Log { get; }

    /// <inheritdoc/>
    public override string Name => "validator";

    /// <inheritdoc/>
    public override object? Invoke(ReadOnlySpan<object?> args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        var judge = new ExchangeJudge(_sink, _options.RecordTraces ? new Trace() : null);
        object? environ = args.Length > 0 ? args[0] : kwargs?.GetValueOrDefault("environ");
        object? startResponse = args.Length > 1 ? args[1] : kwargs?.GetValueOrDefault("start_response");
        object? result;
        try
        {
            judge.Invoke(args.Length, kwargs is null ? null : [.. kwargs.Keys], environ, _app);
            WrapStreams(environ, judge);
            if (_app is not PyCallable app)
            {
                throw new PyTypeError($"'{Py.TypeName(_app)}' object is not callable");
            }

            result = app.Call(environ, new StartResponseWrapper(startResponse, judge));
        }
        catch (Exception e)
        {
            judge.AppRaised(e);
            End(judge);
            throw;
        }

        judge.AppReturned(result);
        return new ResultWrapper(result, judge, _end);
    }

    private static void WrapStreams(object? environ, ExchangeJudge judge)
    {
        if (environ is not PyDict d)
        {
            return;
        }

        if (d.Get("wsgi.input") is WsgiInput input)
        {
            d["wsgi.input"] = new InputWrapper(input, judge);
        }

        if (d.Get("wsgi.errors") is WsgiErrors errors)
        {
            d["wsgi.errors"] = new ErrorsWrapper(errors, judge);
        }

        if (d.Get("wsgi.file_wrapper") is PyCallable fileWrapper)
        {
            d["wsgi.file_wrapper"] = new FileWrapperWrapper(fileWrapper, judge);
        }
    }

    private void End(ExchangeJudge judge)
    {
        judge.End();
        _options.ExchangeEnded?.Invoke(judge);
    }
}
