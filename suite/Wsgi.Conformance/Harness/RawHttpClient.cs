using System.Diagnostics;
using System.Net.Sockets;
using Wsgi.Validator.Tracing;

namespace Wsgi.Conformance.Harness;

/// <summary>Sends exact request bytes over a TCP socket and records every byte run the server sends
/// back with its arrival time. Every wait is bounded by the timeout; nothing the server sends (or
/// does not send) can make it throw or hang: the outcome is in <see cref="RawExchange.End"/>.</summary>
public static class RawHttpClient
{
    private const int ReadBuffer = 64 * 1024;

    /// <summary>Performs the exchange against <paramref name="host"/>:<paramref name="port"/>.</summary>
    public static async Task<RawExchange> SendAsync(string host, int port, RawRequest request, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var exchange = new RawExchange { Request = [.. request.Parts.SelectMany(p => p.Bytes)] };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, LingerState = new LingerOption(true, 0) };
        try
        {
            await socket.ConnectAsync(host, port, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            exchange.End = ConnectionEnd.Refused;
            exchange.ParseError = $"cannot connect to {host}:{port}: {e.Message}";
            return exchange;
        }

        var clock = Stopwatch.StartNew();
        var received = new MemoryStream();
        var reader = Task.Run(() => ReadAsync(socket, exchange, request, received, clock, deadline.Token), CancellationToken.None);
        try
        {
            foreach (RawPart part in request.Parts)
            {
                if (part.AfterContinue)
                {
                    await WaitForContinueAsync(exchange, part.DelayMs, deadline.Token).ConfigureAwait(false);
                }
                else if (part.AfterResponses > 0)
                {
                    if (!await WaitForResponsesAsync(exchange, part.AfterResponses, part.DelayMs, deadline.Token).ConfigureAwait(false))
                    {
                        break; // The server closed (or never answered): the rest of the sequence is not sent.
                    }
                }
                else if (part.DelayMs > 0)
                {
                    await Task.Delay(part.DelayMs, deadline.Token).ConfigureAwait(false);
                }

                await socket.SendAsync(part.Bytes, SocketFlags.None, deadline.Token).ConfigureAwait(false);
                clock.Restart();
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The server closed or reset while we were still sending; the reader records what it sent.
        }

        await reader.ConfigureAwait(false);
        return exchange;
    }

    // Whether the responses arrived on a connection still open.
    private static async Task<bool> WaitForResponsesAsync(RawExchange exchange, int count, int maxWaitMs, CancellationToken token)
    {
        var until = Stopwatch.StartNew();
        while (until.ElapsedMilliseconds < maxWaitMs && !token.IsCancellationRequested)
        {
            lock (exchange)
            {
                if (exchange.End != ConnectionEnd.Complete)
                {
                    return false;
                }

                if (exchange.Responses.Count(r => r.StatusCode >= 200) >= count)
                {
                    return true;
                }
            }

            await Task.Delay(2, CancellationToken.None).ConfigureAwait(false);
        }

        return false;
    }

    private static async Task WaitForContinueAsync(RawExchange exchange, int maxWaitMs, CancellationToken token)
    {
        var until = Stopwatch.StartNew();
        while (until.ElapsedMilliseconds < maxWaitMs && !token.IsCancellationRequested)
        {
            lock (exchange)
            {
                if (exchange.Responses.Any(r => r.StatusCode == 100) || exchange.End != ConnectionEnd.Complete)
                {
                    return;
                }
            }

            await Task.Delay(5, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task ReadAsync(Socket socket, RawExchange exchange, RawRequest request, MemoryStream received, Stopwatch clock, CancellationToken token)
    {
        var buffer = new byte[ReadBuffer];
        int parsedUpTo = 0;
        int finals = 0;
        bool closed = false;
        DateTime? lingerUntil = null;
        try
        {
            while (true)
            {
                // Lingering after the last expected response, or (QuietMs) after a first one while more may come.
                using var lingerToken = lingerUntil is { } until ? new CancellationTokenSource(until - DateTime.UtcNow)
                    : request.QuietMs > 0 && finals > 0 ? new CancellationTokenSource(request.QuietMs) : null;
                using var linked = lingerToken is null ? null : CancellationTokenSource.CreateLinkedTokenSource(token, lingerToken.Token);
                int n = await socket.ReceiveAsync(buffer, SocketFlags.None, linked?.Token ?? token).ConfigureAwait(false);
                if (n == 0)
                {
                    closed = true;
                    lock (exchange)
                    {
                        exchange.End = ConnectionEnd.Closed;
                    }

                    break;
                }

                lock (exchange)
                {
                    exchange.Received.Add(new WireChunk(clock.Elapsed.TotalMilliseconds, buffer.AsSpan(0, n).ToArray()));
                }

                received.Write(buffer, 0, n);
                if (lingerUntil is null && Parse(exchange, request, received, ref parsedUpTo, ref finals, closed: false))
                {
                    if (request.LingerMs <= 0)
                    {
                        break;
                    }

                    lingerUntil = DateTime.UtcNow.AddMilliseconds(request.LingerMs);
                }

                if (request.DisconnectAfterBodyBytes is int cut && received.Length - FirstBodyOffset(received) >= cut && FirstBodyOffset(received) > 0)
                {
                    socket.Close();
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            lock (exchange)
            {
                if (lingerUntil is null && (request.QuietMs <= 0 || finals == 0 || token.IsCancellationRequested))
                {
                    exchange.End = ConnectionEnd.Timeout;
                }
            }
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted)
        {
            lock (exchange)
            {
                exchange.End = ConnectionEnd.Reset;
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            lock (exchange)
            {
                exchange.End = ConnectionEnd.Reset;
                exchange.ParseError ??= e.Message;
            }
        }

        if (finals < request.NoBody.Count)
        {
            Parse(exchange, request, received, ref parsedUpTo, ref finals, closed);
        }
    }

    private static int FirstBodyOffset(MemoryStream received)
    {
        int end = received.GetBuffer().AsSpan(0, (int)received.Length).IndexOf("\r\n\r\n"u8);
        return end < 0 ? 0 : end + 4;
    }

    // Parses every whole response available; returns true when all expected final responses are in.
    private static bool Parse(RawExchange exchange, RawRequest request, MemoryStream received, ref int parsedUpTo, ref int finals, bool closed)
    {
        ReadOnlySpan<byte> all = received.GetBuffer().AsSpan(0, (int)received.Length);
        while (finals < request.NoBody.Count && parsedUpTo < all.Length)
        {
            ParseStatus status = HttpResponseParser.TryParse(all[parsedUpTo..], request.NoBody[finals], closed, parsedUpTo, out var response, out string? error);
            if (status == ParseStatus.NeedMore)
            {
                return false;
            }

            lock (exchange)
            {
                if (status == ParseStatus.Invalid)
                {
                    exchange.ParseError = error;
                    return true;
                }

                exchange.Responses.Add(response!);
            }

            parsedUpTo = response!.End;
            if (response.StatusCode is < 100 or >= 200 || response.StatusCode == 101)
            {
                finals++;
            }
        }

        return finals >= request.NoBody.Count;
    }
}
