using System.Collections;
using Wsgi.Python;
using Wsgi.Server.Tests.Infrastructure;

namespace Wsgi.Server.Tests;

/// <summary>PEP 3333 "Optional Platform-Specific File Handling": wsgi.file_wrapper.</summary>
public sealed class FileWrapperTests
{
    /// <summary>An app that wraps <paramref name="open"/>'s stream with the environ's file_wrapper.</summary>
    private static WsgiApplication Serving(Func<Stream> open, (string, string)[] headers, int? blockSize = null) =>
        WsgiApplication.From("file", (environ, sr) =>
        {
            sr.Call("200 OK", WsgiApplication.Headers(headers));
            var wrapper = (PyCallable)environ["wsgi.file_wrapper"]!;
            return blockSize is int size ? wrapper.Call(open(), size) : wrapper.Call(open());
        });

    private static MemoryStream Bytes(string text) => new(Apps.B(text));

    [Fact(DisplayName = "file_wrapper.signature")]
    public async Task Signature()
    {
        var app = Apps.Echo(environ =>
        {
            var wrapper = (PyCallable)environ["wsgi.file_wrapper"]!;
            string Try(Func<object?> call)
            {
                try
                {
                    return Py.TypeName(call());
                }
                catch (Exception e)
                {
                    return e.GetType().Name;
                }
            }

            return Apps.B(string.Join(",", Try(() => wrapper.Call(Bytes("x"))), Try(() => wrapper.Call(Bytes("x"), 4)), Try(() => wrapper.Call()), Try(() => wrapper.Call(Bytes("x"), 4, 5))));
        });
        await using var server = await TestServer.StartAsync(app);
        Assert.Equal("FileWrapper,FileWrapper,PyTypeError,PyTypeError", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
    }

    [Fact(DisplayName = "file_wrapper.returns_iterable")]
    public async Task ReturnsIterable()
    {
        var app = Apps.Echo(environ =>
        {
            var result = ((PyCallable)environ["wsgi.file_wrapper"]!).Call(Bytes("abcdef"), 4);
            return [.. Assert.IsAssignableFrom<IEnumerable>(result).Cast<byte[]>().SelectMany(b => b)];
        });
        await using var server = await TestServer.StartAsync(app);
        Assert.Equal("abcdef", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
    }

    [Fact(DisplayName = "file_wrapper.no_early_transmission")]
    public async Task NoEarlyTransmission()
    {
        var gate = new Gate();
        var app = WsgiApplication.From("wrap-then-wait", (environ, sr) =>
        {
            sr.Call("200 OK", WsgiApplication.Headers());
            var wrapped = ((PyCallable)environ["wsgi.file_wrapper"]!).Call(Bytes("content"));
            gate.Wait();
            return wrapped;
        });
        await using var server = await TestServer.StartAsync(app);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(TestServer.Get("/"));
        Assert.Empty(await connection.ReadAvailableAsync(TimeSpan.FromMilliseconds(300)));
        gate.Open();
        Assert.Equal("content", (await connection.ReadResponseAsync()).BodyText);
    }

    [Fact(DisplayName = "file_wrapper.close_delegates")]
    public async Task CloseDelegates()
    {
        var stream = new TrackedStream(Apps.B("data"));
        await using var server = await TestServer.StartAsync(Serving(() => stream, []));
        Assert.Equal("data", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
        await Task.Delay(100);
        Assert.Equal(1, stream.Disposals);
    }

    [Fact(DisplayName = "file_wrapper.portable_fallback")]
    public async Task PortableFallback()
    {
        await using var server = await TestServer.StartAsync(Serving(() => Bytes("in memory"), [], blockSize: 2));
        Assert.Equal("in memory", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
    }

    [Fact(DisplayName = "file_wrapper.platform_after_return")]
    public async Task PlatformAfterReturn()
    {
        // A middleware that wraps the wrapper's iteration in its own iterable: the server must
        // iterate what it got (not look inside), and the output is the same.
        var app = WsgiApplication.From("middleware", (environ, sr) =>
        {
            sr.Call("200 OK", WsgiApplication.Headers());
            var inner = (IEnumerable)((PyCallable)environ["wsgi.file_wrapper"]!).Call(Bytes("via middleware"), 3)!;
            return new TrackedResult(() => inner.Cast<byte[]>());
        });
        await using var server = await TestServer.StartAsync(app);
        var response = await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        Assert.Equal("via middleware", response.BodyText);
        Assert.Equal([3, 3, 3, 3, 2, 0], response.ChunkSizes);
    }

    [Fact(DisplayName = "file_wrapper.read_semantics")]
    public async Task ReadSemantics()
    {
        string path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, "0123456789");
            Stream Open()
            {
                var file = File.OpenRead(path);
                file.Position = 4;
                return file;
            }

            await using var server = await TestServer.StartAsync(Serving(Open, [], blockSize: 4));
            Assert.Equal("456789", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact(DisplayName = "file_wrapper.content_length_limit")]
    public async Task ContentLengthLimit()
    {
        await using var server = await TestServer.StartAsync(Serving(() => Bytes("0123456789"), [("Content-Length", "4")]));
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(TestServer.Get("/"));
        Assert.Equal("0123", (await connection.ReadResponseAsync()).BodyText);
    }

    private sealed class TrackedStream(byte[] data) : MemoryStream(data)
    {
        public int Disposals { get; private set; }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Disposals++;
            }

            base.Dispose(disposing);
        }
    }
}
