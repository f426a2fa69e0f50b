using System.Collections;
using Wsgi.Validator.Judging;

namespace Wsgi.Validator.Middleware;

/// <summary>The wsgi.input the app gets: each method checks the app's call, delegates, checks the server's answer.</summary>
internal sealed class InputWrapper(WsgiInput inner, ExchangeJudge judge) : WsgiInput
{
    public override object? Read(params ReadOnlySpan<object?> args) => Call("read", args, inner.Read);

    public override object? ReadLine(params ReadOnlySpan<object?> args) => Call("readline", args, inner.ReadLine);

    public override object? ReadLines(params ReadOnlySpan<object?> args) => Call("readlines", args, inner.ReadLines);

    public override IEnumerator GetEnumerator()
    {
        judge.InputCalled("__iter__", []);
        IEnumerator lines = inner.GetEnumerator();
        while (true)
        {
            judge.InputCalled("__next__", []);
            if (!lines.MoveNext())
            {
                judge.InputReturned("__next__", [], Array.Empty<byte>());
                yield break;
            }

            judge.InputReturned("__next__", [], lines.Current);
            yield return lines.Current;
        }
    }

    // Not forwarded: closing the server's stream would break the server; the judge reports it.
    public override void Close() => judge.InputCalled("close", []);

    public override object? GetAttribute(string name)
    {
        judge.InputCalled(name, []);
        return inner.GetAttribute(name);
    }

    private object? Call(string method, ReadOnlySpan<object?> args, ReadFunc read)
    {
        judge.InputCalled(method, args);
        object? result;
        try
        {
            result = read(args);
        }
        catch (Exception e) when (e is not Judging.WsgiViolationException)
        {
            judge.InputRaised(e);
            throw;
        }

        judge.InputReturned(method, args, result);
        return result;
    }

    private delegate object? ReadFunc(params ReadOnlySpan<object?> args);
}
