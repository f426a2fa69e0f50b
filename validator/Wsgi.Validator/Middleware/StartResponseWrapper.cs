using Wsgi.Python;
using Wsgi.Validator.Judging;

namespace Wsgi.Validator.Middleware;

/// <summary>The start_response the app gets: check arguments, delegate, check what the server did.</summary>
internal sealed class StartResponseWrapper(object? inner, ExchangeJudge judge) : PyCallable
{
    public override string Name => "start_response";

    public override object? Invoke(ReadOnlySpan<object?> args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        judge.StartResponseCalled(args, kwargs);
        if (inner is not PyCallable server)
        {
            throw new PyTypeError($"the server's start_response is not callable: {Py.TypeName(inner)}");
        }

        object? write;
        try
        {
            write = server.Invoke(args, kwargs);
        }
        catch (Exception e) when (e is not WsgiViolationException)
        {
            judge.StartResponseRaised(e);
            throw;
        }

        judge.StartResponseReturned(write);
        return new WriteWrapper(write, judge);
    }
}
