using System.Collections;
using Wsgi.Python;

namespace Wsgi.Server.Tests.Infrastructure;

/// <summary>A response iterable with close() that records how the server used it.</summary>
internal sealed class TrackedResult(Func<IEnumerable<byte[]>> items) : IEnumerable, IPyClosable
{
    private int _closes;
    private int _enumerations;

    public TaskCompletionSource Closed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int CloseCount => Volatile.Read(ref _closes);

    public int EnumerationCount => Volatile.Read(ref _enumerations);

    /// <summary>Items requested after close() (must stay 0).</summary>
    public int UsedAfterClose { get; private set; }

    public IEnumerator GetEnumerator()
    {
        Interlocked.Increment(ref _enumerations);
        foreach (byte[] item in items())
        {
            if (CloseCount > 0)
            {
                UsedAfterClose++;
            }

            yield return item;
        }
    }

    public void Close()
    {
        Interlocked.Increment(ref _closes);
        Closed.TrySetResult();
    }

    /// <summary>Waits for close() with a timeout, then gives the count.</summary>
    public async Task<int> WaitClosedAsync()
    {
        await Closed.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(50);
        return CloseCount;
    }
}
