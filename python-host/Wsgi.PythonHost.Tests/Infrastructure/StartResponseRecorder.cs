using Wsgi.Python;

namespace Wsgi.PythonHost.Tests.Infrastructure;

/// <summary>A start_response that keeps the arguments of every call and returns a write callable
/// that keeps what it is given.</summary>
internal sealed class StartResponseRecorder : PyCallable
{
    public List<object?[]> Calls { get; } = [];

    public List<object?> Written { get; } = [];

    public override string Name => "start_response";

    public override object? Invoke(ReadOnlySpan<object?> args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        Calls.Add(args.ToArray());
        return From("write", a =>
        {
            Written.Add(a.Length == 1 ? a[0] : a);
            return null;
        });
    }
}
