using Wsgi.Python;
using Wsgi.Validator.Judging;

namespace Wsgi.Validator.Middleware;

/// <summary>The write() callable the app gets: check the call, delegate.</summary>
internal sealed class WriteWrapper(object? inner, ExchangeJudge judge) : PyCallable
{
    public override string Name => "write";

    public override object? Invoke(ReadOnlySpan<object?> args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        judge.WriteCalled(args, kwargs);
        return inner is PyCallable server
            ? server.Invoke(args, kwargs)
            : throw new PyTypeError($"'{Py.TypeName(inner)}' object is not callable");
    }
}
