using Wsgi.Python;

namespace Wsgi.Server;

/// <summary>The <c>write(data)</c> callable <c>start_response</c> returns: one positional bytes
/// argument, sent (flushed) before it returns, exactly as if the application had yielded it.</summary>
internal sealed class WriteCallable(Exchange exchange) : PyCallable
{
    public override string Name => "write";

    public override object? Invoke(ReadOnlySpan<object?> args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        if (kwargs is { Count: > 0 } || args.Length != 1)
        {
            throw new PyTypeError($"write() takes exactly one positional argument ({args.Length} given{(kwargs is { Count: > 0 } ? ", plus keywords" : "")})");
        }

        if (args[0] is not byte[] data)
        {
            throw new PyTypeError($"write() argument must be bytes, not {Py.TypeName(args[0])}: {Py.Repr(args[0])}");
        }

        exchange.OnWrite(data);
        return null;
    }
}
