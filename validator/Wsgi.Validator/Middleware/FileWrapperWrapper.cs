using Wsgi.Python;
using Wsgi.Validator.Judging;

namespace Wsgi.Validator.Middleware;

/// <summary>The wsgi.file_wrapper the app gets: checks the file-like argument, then delegates.</summary>
internal sealed class FileWrapperWrapper(PyCallable inner, ExchangeJudge judge) : PyCallable
{
    public override string Name => "file_wrapper";

    public override object? Invoke(ReadOnlySpan<object?> args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        judge.FileWrapperCalled(args, kwargs);
        return inner.Invoke(args, kwargs);
    }
}
