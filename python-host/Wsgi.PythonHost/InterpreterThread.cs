using System.Collections.Concurrent;
using Python.Runtime;

namespace Wsgi.PythonHost;

/// <summary>The one thread that owns the interpreter: it initialises CPython, then runs the work
/// other threads post, in order, holding the GIL while there is work and releasing it while it
/// waits (so the app's own Python threads run). One warm thread is faster than several threads
/// taking turns at the GIL, which is why every Python call of the host comes here.</summary>
/// <remarks>Work is run inline, not posted, on a thread that is already Python's: the interpreter
/// thread itself (C# called back from Python, such as a file_wrapper stream read while the app
/// iterates) and Python threads the app started. Posting from there would wait for the thread
/// that is waiting: a deadlock.</remarks>
internal sealed class InterpreterThread : IDisposable
{
    private readonly BlockingCollection<WorkItem> _queue = new(new ConcurrentQueue<WorkItem>());
    private readonly Thread _thread;
    private readonly Action _startup;
    private readonly Action _shutdown;
    private readonly Action _afterWork;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IntPtr _threadState;
    private ulong _pythonThreadId;

    /// <summary>Starts the thread. <paramref name="startup"/> runs first on it (it must leave the
    /// interpreter initialised with the GIL held); <paramref name="afterWork"/> runs after each
    /// posted item with the GIL; <paramref name="shutdown"/> runs last, with the GIL.</summary>
    public InterpreterThread(Action startup, Action afterWork, Action shutdown)
    {
        _startup = startup;
        _afterWork = afterWork;
        _shutdown = shutdown;
        _thread = new Thread(Loop) { Name = "python-interpreter", IsBackground = true };
        _thread.Start();
    }

    /// <summary>Completes when the interpreter is up, or faults with the startup's exception.</summary>
    public Task Started => _started.Task;

    /// <summary>How long a caller waits for posted work (infinite by default). Past it the caller gets a
    /// <see cref="TimeoutException"/> and the interpreter thread is interrupted (<c>KeyboardInterrupt</c>
    /// raised in the running Python code at its next bytecode; a call blocked inside C, such as a long
    /// <c>time.sleep</c>, is not interrupted and holds up the work queued behind it).</summary>
    public TimeSpan WorkTimeout { get; set; } = Timeout.InfiniteTimeSpan;

    /// <summary>Whether the calling thread is the interpreter thread.</summary>
    public bool IsCurrent => Thread.CurrentThread == _thread;

    /// <summary>Runs <paramref name="work"/> with the GIL on the interpreter thread (inline when the
    /// caller is already a Python thread) and returns its result or rethrows its exception.</summary>
    public T Run<T>(Func<T> work)
    {
        if (IsCurrent || LibPython.ThreadHasState())
        {
            using (Py.GIL())
            {
                return work();
            }
        }

        var item = WorkItem.For(() => work());
        try
        {
            _queue.Add(item);
        }
        catch (InvalidOperationException)
        {
            throw new ObjectDisposedException(nameof(PythonRuntime), "the Python runtime of this process has been shut down");
        }

        try
        {
            return (T)item.Wait(WorkTimeout)!;
        }
        catch (TimeoutException)
        {
            ulong id = _pythonThreadId;
            _ = Task.Run(() =>
            {
                using (Py.GIL())
                {
                    PythonEngine.Interrupt(id);
                }
            });
            throw new TimeoutException($"the Python app took longer than {WorkTimeout.TotalSeconds:0.#} s; the interpreter thread was interrupted (KeyboardInterrupt)");
        }
    }

    /// <summary>Stops taking work, runs the shutdown on the thread and waits for it at most
    /// <paramref name="timeout"/>; <c>false</c> when it did not finish in time (the thread is a
    /// background thread and will not keep the process alive).</summary>
    public bool Stop(TimeSpan timeout)
    {
        _queue.CompleteAdding();
        return _stopped.Task.Wait(timeout);
    }

    /// <inheritdoc/>
    public void Dispose() => Stop(TimeSpan.FromSeconds(10));

    private void Loop()
    {
        try
        {
            _startup();
            _pythonThreadId = PythonEngine.GetPythonThreadID();
            _threadState = PythonEngine.BeginAllowThreads();
        }
        catch (Exception e)
        {
            _started.SetException(e);
            _stopped.SetResult();
            return;
        }

        _started.SetResult();
        try
        {
            foreach (var first in _queue.GetConsumingEnumerable())
            {
                using (Py.GIL())
                {
                    var item = first;
                    do
                    {
                        item.Execute();
                        _afterWork();
                    }
                    while (_queue.TryTake(out item));
                }
            }

            PythonEngine.EndAllowThreads(_threadState);
            _shutdown();
        }
        finally
        {
            _stopped.TrySetResult();
        }
    }
}
