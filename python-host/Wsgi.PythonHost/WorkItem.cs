using System.Runtime.ExceptionServices;

namespace Wsgi.PythonHost;

/// <summary>One piece of Python work posted to the interpreter thread, and the caller's wait for
/// it. A caller waits for one item at a time, so each thread reuses its own.</summary>
internal sealed class WorkItem
{
    [ThreadStatic]
    private static WorkItem? t_mine;

    private readonly ManualResetEventSlim _done = new(false);
    private Func<object?>? _work;
    private object? _result;
    private ExceptionDispatchInfo? _error;

    /// <summary>The calling thread's item, ready for <paramref name="work"/>.</summary>
    public static WorkItem For(Func<object?> work)
    {
        var item = t_mine ??= new WorkItem();
        item._work = work;
        return item;
    }

    /// <summary>Runs the work on the interpreter thread (GIL held) and wakes the caller.</summary>
    public void Execute()
    {
        try
        {
            _result = _work!();
        }
        catch (Exception e)
        {
            _error = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _done.Set();
        }
    }

    /// <summary>Fails the work without running it (the interpreter is gone).</summary>
    public void Abandon(Exception reason)
    {
        _error = ExceptionDispatchInfo.Capture(reason);
        _done.Set();
    }

    /// <summary>Waits for <see cref="Execute"/>, then returns its result or rethrows its exception; throws
    /// <see cref="TimeoutException"/> after <paramref name="timeout"/> (the item is then given up: the calling
    /// thread gets a fresh one next time, since this one may still run).</summary>
    public object? Wait(TimeSpan timeout)
    {
        if (!_done.Wait(timeout))
        {
            if (ReferenceEquals(t_mine, this))
            {
                t_mine = null;
            }

            throw new TimeoutException();
        }

        _done.Reset();
        object? result = _result;
        var error = _error;
        _work = null;
        _result = null;
        _error = null;
        error?.Throw();
        return result;
    }
}
