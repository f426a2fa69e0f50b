using Wsgi.Validator.Judging;

namespace Wsgi.Validator.Middleware;

/// <summary>The wsgi.errors the app gets: each method checks the call, then delegates.</summary>
internal sealed class ErrorsWrapper(WsgiErrors inner, ExchangeJudge judge) : WsgiErrors
{
    public override object? Write(params ReadOnlySpan<object?> args)
    {
        judge.ErrorsCalled("write", args);
        return inner.Write(args);
    }

    public override object? WriteLines(params ReadOnlySpan<object?> args)
    {
        judge.ErrorsCalled("writelines", args);
        return inner.WriteLines(args);
    }

    public override object? Flush(params ReadOnlySpan<object?> args)
    {
        judge.ErrorsCalled("flush", args);
        return inner.Flush(args);
    }

    // Not forwarded: the stream belongs to the server.
    public override void Close() => judge.ErrorsCalled("close", []);

    public override object? GetAttribute(string name)
    {
        judge.ErrorsCalled(name, []);
        return inner.GetAttribute(name);
    }
}
