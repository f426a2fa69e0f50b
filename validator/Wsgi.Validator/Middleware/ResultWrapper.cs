using System.Collections;
using Wsgi.Python;
using Wsgi.Validator.Judging;

namespace Wsgi.Validator.Middleware;

/// <summary>The result iterable the server gets: every iter(), next() and close() goes through the
/// judge. It always has close() (the server must call it when the app's result has one); close()
/// and <see cref="IWsgiExchangeEnd.ExchangeEnded"/> end the exchange for the judge.</summary>
internal sealed class ResultWrapper(object? inner, ExchangeJudge judge, Action<ExchangeJudge> end) : IEnumerable, IPyClosable, IWsgiExchangeEnd
{
    public IEnumerator GetEnumerator()
    {
        judge.IterStarted();
        if (inner is not IEnumerable items)
        {
            throw new PyTypeError($"'{Py.TypeName(inner)}' object is not iterable");
        }

        return new Enumerator(items.GetEnumerator(), judge);
    }

    public void Close()
    {
        judge.CloseCalled();
        try
        {
            (inner as IPyClosable)?.Close();
        }
        finally
        {
            end(judge);
        }
    }

    public void ExchangeEnded() => end(judge);

    private sealed class Enumerator(IEnumerator inner, ExchangeJudge judge) : IEnumerator
    {
        public object? Current { get; private set; }

        public bool MoveNext()
        {
            judge.NextRequested();
            bool more;
            try
            {
                more = inner.MoveNext();
            }
            catch (Exception e) when (e is not WsgiViolationException)
            {
                judge.IterationRaised(e);
                throw;
            }

            if (!more)
            {
                judge.IterationEnded();
                return false;
            }

            Current = inner.Current;
            judge.ItemYielded(Current);
            return true;
        }

        public void Reset() => throw new NotSupportedException("Python iterators cannot be reset");
    }
}
