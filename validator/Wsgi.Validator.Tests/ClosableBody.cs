using System.Collections;
using Wsgi.Python;

namespace Wsgi.Validator.Tests;

/// <summary>A closable result: yields <paramref name="items"/>, then raises when <paramref name="raiseAtEnd"/>.</summary>
internal sealed class ClosableBody(IEnumerable<byte[]> items, bool raiseAtEnd = false) : IEnumerable, IPyClosable
{
    public int CloseCalls { get; private set; }

    public IEnumerator GetEnumerator()
    {
        foreach (byte[] item in items)
        {
            yield return item;
        }

        if (raiseAtEnd)
        {
            throw new InvalidOperationException("the body failed half-way");
        }
    }

    public void Close() => CloseCalls++;
}
