using Wsgi.Python;
using Wsgi.Server.Tests.Infrastructure;

namespace Wsgi.Server.Tests;

/// <summary>PEP 3333 "The write() Callable".</summary>
public sealed class WriteTests
{
    [Fact(DisplayName = "write.sent_or_queued")]
    public async Task SentBeforeReturn()
    {
        var gate = new Gate();
        var app = WsgiApplication.From("writer", (_, sr) =>
        {
            var write = (PyCallable)sr.Call("200 OK", WsgiApplication.Headers(("Content-Length", "10")))!;
            write.Call(Apps.B("part1"));
            gate.Wait();
            write.Call(Apps.B("part2"));
            return new PyList();
        });
        await using var server = await TestServer.StartAsync(app);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(TestServer.Get("/"));
        string first = System.Text.Encoding.Latin1.GetString(await connection.ReadAtLeastAsync(1));
        for (int i = 0; i < 10 && !first.EndsWith("part1", StringComparison.Ordinal); i++)
        {
            first += System.Text.Encoding.Latin1.GetString(await connection.ReadAvailableAsync(TimeSpan.FromMilliseconds(100)));
        }

        gate.Open();
        Assert.EndsWith("\r\n\r\npart1", first, StringComparison.Ordinal);
        Assert.Equal("part2", System.Text.Encoding.Latin1.GetString(await connection.ReadAtLeastAsync(5)));
    }

    [Fact(DisplayName = "write.same_as_yield")]
    public async Task SameAsYield()
    {
        var writer = WsgiApplication.From("writer", (_, sr) =>
        {
            var write = (PyCallable)sr.Call("200 OK", WsgiApplication.Headers(("X-A", "1")))!;
            write.Call(Apps.B("ab"));
            write.Call(Apps.B(""));
            write.Call(Apps.B("cd"));
            return new PyList();
        });
        await using var w = await TestServer.StartAsync(writer);
        await using var y = await TestServer.StartAsync(Apps.Fixed("200 OK", [("X-A", "1")], "ab", "", "cd"));
        var written = await RawConnection.ExchangeAsync(w.Port, TestServer.Get("/"));
        var yielded = await RawConnection.ExchangeAsync(y.Port, TestServer.Get("/"));
        Assert.Equal(yielded.BodyText, written.BodyText);
        Assert.Equal(yielded.ChunkSizes, written.ChunkSizes);
        Assert.Equal(yielded.Header("Transfer-Encoding"), written.Header("Transfer-Encoding"));
    }

    [Fact(DisplayName = "write.ordering")]
    public async Task Ordering()
    {
        var app = WsgiApplication.From("mixed", (_, sr) =>
        {
            var write = (PyCallable)sr.Call("200 OK", WsgiApplication.Headers())!;
            write.Call(Apps.B("a"));
            write.Call(Apps.B("b"));
            return new PyList { Apps.B("c"), Apps.B("d") };
        });
        await using var server = await TestServer.StartAsync(app);
        Assert.Equal("abcd", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
    }

    [Fact(DisplayName = "write.past_content_length")]
    public async Task PastContentLength()
    {
        string? raised = null;
        var app = WsgiApplication.From("overwriter", (_, sr) =>
        {
            var write = (PyCallable)sr.Call("200 OK", WsgiApplication.Headers(("Content-Length", "3")))!;
            try
            {
                write.Call(Apps.B("hello"));
            }
            catch (Exception e)
            {
                raised = e.GetType().Name;
            }

            return new PyList();
        });
        await using var server = await TestServer.StartAsync(app);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(TestServer.Get("/"));
        var response = await connection.ReadResponseAsync();
        Assert.Equal("hel", response.BodyText);

        // "hel" is flushed before write() raises, so the app's catch may still be running: the close comes after it.
        Assert.True(await connection.ClosedWithinAsync(TimeSpan.FromSeconds(2)));
        Assert.Equal("PyValueError", Volatile.Read(ref raised));
    }

    [Fact(DisplayName = "write.iterable_output_sent")]
    public async Task IterableAfterWrite()
    {
        var gate = new Gate();
        IEnumerable<byte[]> Rest()
        {
            yield return Apps.B("yielded");
            gate.Wait();
            yield return Apps.B("!");
        }

        var app = WsgiApplication.From("write-then-yield", (_, sr) =>
        {
            var write = (PyCallable)sr.Call("200 OK", WsgiApplication.Headers(("Content-Length", "13")))!;
            write.Call(Apps.B("write"));
            return new TrackedResult(Rest);
        });
        await using var server = await TestServer.StartAsync(app);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(TestServer.Get("/"));
        string got = "";
        for (int i = 0; i < 20 && !got.EndsWith("writeyielded", StringComparison.Ordinal); i++)
        {
            got += System.Text.Encoding.Latin1.GetString(await connection.ReadAvailableAsync(TimeSpan.FromMilliseconds(100)));
        }

        gate.Open();
        Assert.EndsWith("writeyielded", got, StringComparison.Ordinal);
    }
}
