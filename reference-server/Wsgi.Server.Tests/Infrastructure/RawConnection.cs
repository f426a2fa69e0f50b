using System.Net.Sockets;
using System.Text;

namespace Wsgi.Server.Tests.Infrastructure;

/// <summary>A raw TCP connection to the server under test: what HttpClient would hide (framing,
/// header timing, early close) is visible here. Every read has a timeout.</summary>
internal sealed class RawConnection : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly List<byte> _pending = [];

    private RawConnection(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    public static async Task<RawConnection> OpenAsync(int port)
    {
        var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync("127.0.0.1", port).WaitAsync(DefaultTimeout);
        return new RawConnection(client);
    }

    /// <summary>Sends one request and reads one response.</summary>
    public static async Task<RawResponse> ExchangeAsync(int port, string request, bool head = false)
    {
        await using var connection = await OpenAsync(port);
        await connection.SendAsync(request);
        return await connection.ReadResponseAsync(head);
    }

    public Task SendAsync(string text) => SendAsync(Encoding.Latin1.GetBytes(text));

    public async Task SendAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes).AsTask().WaitAsync(DefaultTimeout);
        await _stream.FlushAsync();
    }

    /// <summary>Closes the sending side and the socket (a client going away).</summary>
    public void Abort() => _client.Client.Close(0);

    /// <summary>Reads the next response: head, then the body framed as the head says.</summary>
    public async Task<RawResponse> ReadResponseAsync(bool head = false, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var token = cts.Token;
        int end;
        while ((end = IndexOf(_pending, "\r\n\r\n"u8)) < 0)
        {
            if (!await FillAsync(token))
            {
                throw new EndOfStreamException($"connection closed before a complete response head; got {Quote(_pending.ToArray())}");
            }
        }

        byte[] headBytes = Take(end + 4);
        var response = RawResponse.ParseHead(headBytes);
        var body = new List<byte>();
        bool closed = false;
        if (head || response.Status is < 200 or 204 or 304)
        {
            // no body
        }
        else if (response.Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            await ReadChunkedAsync(body, response, token);
        }
        else if (response.Header("Content-Length") is { } cl)
        {
            int n = int.Parse(cl, System.Globalization.CultureInfo.InvariantCulture);
            while (_pending.Count < n)
            {
                if (!await FillAsync(token))
                {
                    closed = true;
                    break;
                }
            }

            body.AddRange(Take(Math.Min(n, _pending.Count)));
        }
        else
        {
            while (await FillAsync(token))
            {
            }

            closed = true;
            body.AddRange(Take(_pending.Count));
        }

        return response with { Body = body.ToArray(), ClosedEarly = closed };
    }

    private async Task ReadChunkedAsync(List<byte> body, RawResponse response, CancellationToken token)
    {
        while (true)
        {
            int lineEnd;
            while ((lineEnd = IndexOf(_pending, "\r\n"u8)) < 0)
            {
                if (!await FillAsync(token))
                {
                    throw new EndOfStreamException("connection closed inside a chunk size line");
                }
            }

            string sizeLine = Encoding.ASCII.GetString(Take(lineEnd + 2)).TrimEnd();
            int size = Convert.ToInt32(sizeLine.Split(';')[0], 16);
            response.ChunkSizes.Add(size);
            if (size == 0)
            {
                // Trailer fields, then the empty line.
                while (true)
                {
                    int end;
                    while ((end = IndexOf(_pending, "\r\n"u8)) < 0)
                    {
                        if (!await FillAsync(token))
                        {
                            return;
                        }
                    }

                    Take(end + 2);
                    if (end == 0)
                    {
                        return;
                    }
                }
            }

            while (_pending.Count < size + 2)
            {
                if (!await FillAsync(token))
                {
                    throw new EndOfStreamException("connection closed inside a chunk");
                }
            }

            body.AddRange(Take(size));
            Take(2);
        }
    }

    /// <summary>Whatever arrives within <paramref name="wait"/> (possibly nothing).</summary>
    public async Task<byte[]> ReadAvailableAsync(TimeSpan wait)
    {
        using var cts = new CancellationTokenSource(wait);
        try
        {
            if (_pending.Count == 0)
            {
                await FillAsync(cts.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }

        return Take(_pending.Count);
    }

    /// <summary>Reads until at least <paramref name="count"/> bytes are buffered, or throws on timeout.</summary>
    public async Task<byte[]> ReadAtLeastAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            while (_pending.Count < count)
            {
                if (!await FillAsync(cts.Token))
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return Take(_pending.Count);
    }

    /// <summary>Whether the server closes the connection within <paramref name="wait"/> (reading and
    /// dropping anything it still sends).</summary>
    public async Task<bool> ClosedWithinAsync(TimeSpan wait)
    {
        using var cts = new CancellationTokenSource(wait);
        try
        {
            while (await FillAsync(cts.Token))
            {
                _pending.Clear();
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private async Task<bool> FillAsync(CancellationToken token)
    {
        var buffer = new byte[16384];
        int n;
        try
        {
            n = await _stream.ReadAsync(buffer, token);
        }
        catch (IOException) when (!token.IsCancellationRequested)
        {
            return false;
        }

        _pending.AddRange(buffer.AsSpan(0, n));
        return n > 0;
    }

    private byte[] Take(int n)
    {
        byte[] bytes = _pending.GetRange(0, n).ToArray();
        _pending.RemoveRange(0, n);
        return bytes;
    }

    private static int IndexOf(List<byte> haystack, ReadOnlySpan<byte> needle) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(haystack).IndexOf(needle);

    public static string Quote(byte[] bytes) => Wsgi.Python.Py.BytesRepr(bytes);

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _client.Dispose();
    }
}
