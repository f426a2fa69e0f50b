using System.Collections;
using System.Globalization;
using System.Text;
using Wsgi.Python;

namespace Wsgi.Apps;

/// <summary>Streams <paramref name="chunks"/> chunks (<c>chunk 0\n</c>, <c>chunk 1\n</c>, ...) with
/// <paramref name="delay"/> between them, from a C# iterator; the result has <c>close()</c>, which
/// stops the stream early when the server gives up.</summary>
/// <param name="chunks">How many chunks to yield.</param>
/// <param name="delay">The pause before each chunk after the first.</param>
public sealed class Streaming(int chunks = 5, TimeSpan delay = default) : WsgiApplication
{
    /// <inheritdoc/>
    public override string Name => "streaming";

    /// <inheritdoc/>
    protected override object? Call(PyDict environ, PyCallable startResponse)
    {
        startResponse.Call("200 OK", Headers(("Content-Type", "text/plain")));
        return new Body(chunks, delay);
    }

    /// <summary>The streamed result: iterable once, closable.</summary>
    private sealed class Body(int chunks, TimeSpan delay) : IEnumerable, IPyClosable
    {
        private volatile bool _closed;

        public IEnumerator GetEnumerator()
        {
            for (int i = 0; i < chunks && !_closed; i++)
            {
                if (i > 0 && delay > TimeSpan.Zero)
                {
                    Thread.Sleep(delay);
                }

                yield return Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"chunk {i}\n"));
            }
        }

        public void Close() => _closed = true;
    }
}
