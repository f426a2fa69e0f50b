using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Wsgi.Conformance.Tests;

/// <summary>A TCP server double on 127.0.0.1 that misbehaves in one way for every connection: one of the
/// <see cref="Behaviour"/>s, or a script (a server played over real sockets, like <c>UwsgiLikeServer</c>).</summary>
public sealed class HostileServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Socket> _open = [];

    public HostileServer(Behaviour behaviour)
        : this((socket, stop) => Serve(socket, behaviour, stop))
    {
    }

    /// <summary>Runs <paramref name="script"/> on every accepted connection; the token is cancelled when the double
    /// stops. The socket stays open until the script closes it or the double is disposed.</summary>
    public HostileServer(Func<Socket, CancellationToken, Task> script)
    {
        _listener.Start(512);
        _ = Task.Run(() => AcceptLoop(script));
    }

    public enum Behaviour
    {
        /// <summary>Accepts and reads, never answers.</summary>
        Silent,

        /// <summary>Accepts, then resets the connection.</summary>
        Reset,

        /// <summary>Answers bytes that are not HTTP, markup and control characters included.</summary>
        Garbage,

        /// <summary>Starts a response and sends one header byte every 50 ms, forever.</summary>
        Drip,

        /// <summary>A valid-looking 200 whose body is markup, NUL and invalid UTF-8, not a probe trace.</summary>
        NotTheProbe,
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_open)
        {
            foreach (Socket s in _open)
            {
                s.Dispose();
            }
        }
    }

    private async Task AcceptLoop(Func<Socket, CancellationToken, Task> script)
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_open)
            {
                _open.Add(socket);
            }

            _ = Task.Run(async () =>
            {
                try
                {
                    await script(socket, _stop.Token);
                }
                catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    // The harness went away, or the double is stopping.
                }
            });
        }
    }

    private static async Task Serve(Socket socket, Behaviour behaviour, CancellationToken stop)
    {
        var buffer = new byte[8192];
        await socket.ReceiveAsync(buffer, SocketFlags.None, stop);
        switch (behaviour)
        {
            case Behaviour.Silent:
                while (await socket.ReceiveAsync(buffer, SocketFlags.None, stop) > 0)
                {
                }

                break;
            case Behaviour.Reset:
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
                break;
            case Behaviour.Garbage:
                await socket.SendAsync(Encoding.Latin1.GetBytes("</failure><script>alert(1)</script>]]>\0\u0001\u00ff\r\n\r\n"), SocketFlags.None, stop);
                socket.Close();
                break;
            case Behaviour.Drip:
                await socket.SendAsync("HTTP/1.1 200 OK\r\nX-Drip: "u8.ToArray(), SocketFlags.None, stop);
                while (!stop.IsCancellationRequested)
                {
                    await socket.SendAsync("a"u8.ToArray(), SocketFlags.None, stop);
                    await Task.Delay(50, stop);
                }

                break;
            case Behaviour.NotTheProbe:
                byte[] body = [.. "<b>not</b><script>alert(1)</script>"u8, 0, 0xff, 0xfe, .. "]]>"u8];
                byte[] response = [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n"), .. body];
                await socket.SendAsync(response, SocketFlags.None, stop);
                socket.Close();
                break;
        }
    }
}
