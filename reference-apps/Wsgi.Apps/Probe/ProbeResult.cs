using System.Collections;
using Wsgi.Python;
using Wsgi.Validator.Tracing;

namespace Wsgi.Apps.Probe;

/// <summary>The probe's closable result: records <c>iter</c>, <c>next</c>, <c>item</c>, <c>iter.end</c>,
/// <c>iter.raise</c> and <c>close</c>; close() ends the exchange and stores the trace.</summary>
internal class ProbeResult(ProbeExchange exchange, ProbeSteps steps) : IEnumerable, IPyClosable
{
    /// <summary>The exchange being recorded.</summary>
    protected ProbeExchange Exchange => exchange;

    /// <inheritdoc/>
    public IEnumerator GetEnumerator()
    {
        exchange.Record(EventKinds.Iter, []);
        return new Iterator(exchange, steps);
    }

    /// <inheritdoc/>
    public void Close()
    {
        exchange.Record(EventKinds.Close, []);
        exchange.Finish();
    }

    private sealed class Iterator(ProbeExchange exchange, ProbeSteps steps) : IEnumerator
    {
        public object? Current { get; private set; }

        public bool MoveNext()
        {
            exchange.Record(EventKinds.Next, []);
            byte[]? item;
            try
            {
                item = steps.NextItem();
            }
            catch (Exception e)
            {
                exchange.Record(EventKinds.IterRaise, [], error: ProbeExchange.Describe(e));
                throw;
            }

            if (item is null)
            {
                exchange.Record(EventKinds.IterEnd, []);
                Current = null;
                return false;
            }

            exchange.Record(EventKinds.Item, [item]);
            Current = item;
            return true;
        }

        public void Reset() => throw new NotSupportedException("a WSGI result is iterated once");
    }
}
