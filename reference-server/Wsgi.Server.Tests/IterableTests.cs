using System.Collections;
using Wsgi.Python;
using Wsgi.Server.Tests.Infrastructure;

namespace Wsgi.Server.Tests;

/// <summary>PEP 3333 "Specification Details" and "Buffering and Streaming": the response iterable.</summary>
public sealed class IterableTests
{
    private static WsgiApplication Returning(TrackedResult result, params (string, string)[] headers) =>
        WsgiApplication.From("tracked", (_, sr) =>
        {
            sr.Call("200 OK", WsgiApplication.Headers(headers));
            return result;
        });

    [Fact(DisplayName = "iterable.close.called")]
    public async Task CloseCalled()
    {
        var result = new TrackedResult(() => [Apps.B("a"), Apps.B("b")]);
        await using var server = await TestServer.StartAsync(Returning(result));
        Assert.Equal("ab", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
        Assert.Equal(1, await result.WaitClosedAsync());
    }

    [Fact(DisplayName = "iterable.close.on_error")]
    public async Task CloseOnError()
    {
        static IEnumerable<byte[]> Failing()
        {
            yield return Apps.B("first");
            throw new InvalidOperationException("mid-iteration");
        }

        var result = new TrackedResult(Failing);
        await using var server = await TestServer.StartAsync(Returning(result));
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(TestServer.Get("/"));
        await Assert.ThrowsAsync<EndOfStreamException>(() => connection.ReadResponseAsync());
        Assert.Equal(1, await result.WaitClosedAsync());

        static IEnumerable<byte[]> FailingFirst()
        {
            throw new InvalidOperationException("before any data");
#pragma warning disable CS0162 // makes this an iterator
            yield break;
#pragma warning restore CS0162
        }

        var early = new TrackedResult(FailingFirst);
        await using var second = await TestServer.StartAsync(Returning(early));
        Assert.Equal(500, (await RawConnection.ExchangeAsync(second.Port, TestServer.Get("/"))).Status);
        Assert.Equal(1, await early.WaitClosedAsync());
    }

    [Fact(DisplayName = "iterable.close.on_disconnect")]
    public async Task CloseOnDisconnect()
    {
        static IEnumerable<byte[]> Endless()
        {
            while (true)
            {
                Thread.Sleep(10);
                yield return new byte[1024];
            }
        }

        var result = new TrackedResult(Endless);
        await using var server = await TestServer.StartAsync(Returning(result));
        var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(TestServer.Get("/"));
        await connection.ReadAtLeastAsync(2048);
        connection.Abort();
        Assert.Equal(1, await result.WaitClosedAsync());
        Assert.Equal(0, result.UsedAfterClose);
        await connection.DisposeAsync();
    }

    [Fact(DisplayName = "iterable.no_use_after_close")]
    public async Task NoUseAfterClose()
    {
        var result = new TrackedResult(() => [Apps.B("a"), Apps.B("b"), Apps.B("c")]);
        await using var server = await TestServer.StartAsync(Returning(result, ("Content-Length", "1")));
        Assert.Equal("a", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
        Assert.Equal(1, await result.WaitClosedAsync());
        Assert.Equal(0, result.UsedAfterClose);
    }

    [Fact(DisplayName = "iterable.single_pass")]
    public async Task SinglePass()
    {
        var result = new TrackedResult(() => [Apps.B("once")]);
        await using var server = await TestServer.StartAsync(Returning(result));
        Assert.Equal("once", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
        await result.WaitClosedAsync();
        Assert.Equal(1, result.EnumerationCount);
    }

    [Fact(DisplayName = "iterable.server.no_other_attrs")]
    public async Task NoOtherAttributes()
    {
        var result = new Nosy();
        var app = WsgiApplication.From("nosy", (_, sr) =>
        {
            sr.Call("200 OK", WsgiApplication.Headers());
            return result;
        });
        await using var server = await TestServer.StartAsync(app);
        Assert.Equal("ab", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
        Assert.Equal(0, result.OtherUses);
    }

    [Fact(DisplayName = "iterable.unbuffered")]
    public async Task Unbuffered() => await ChunkArrivesBeforeNextIsRequested();

    [Fact(DisplayName = "iterable.no_block_delay")]
    public async Task NoBlockDelay() => await ChunkArrivesBeforeNextIsRequested();

    private static async Task ChunkArrivesBeforeNextIsRequested()
    {
        var gate = new Gate();
        IEnumerable<byte[]> Stream()
        {
            yield return Apps.B("first;");
            gate.Wait();
            yield return Apps.B("second");
        }

        var result = new TrackedResult(Stream);
        await using var server = await TestServer.StartAsync(Returning(result));
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(TestServer.Get("/"));
        string got = "";
        for (int i = 0; i < 30 && !got.Contains("first;", StringComparison.Ordinal); i++)
        {
            got += System.Text.Encoding.Latin1.GetString(await connection.ReadAvailableAsync(TimeSpan.FromMilliseconds(100)));
        }

        gate.Open();
        Assert.Contains("first;", got, StringComparison.Ordinal);
        Assert.DoesNotContain("second", got, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "iterable.binary_unaltered")]
    public async Task BinaryUnaltered()
    {
        byte[] all = [.. Enumerable.Range(0, 256).Select(i => (byte)i), .. Apps.B("\r\n\n\r\0")];
        var app = WsgiApplication.From("binary", (_, sr) =>
        {
            sr.Call("200 OK", WsgiApplication.Headers(("Content-Type", "application/octet-stream")));
            return new PyList { all, all };
        });
        await using var server = await TestServer.StartAsync(app);
        byte[] expected = [.. all, .. all];
        var response = await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        Assert.Equal(expected, response.Body);
    }

    [Fact(DisplayName = "iterable.empty_items")]
    public async Task EmptyItems()
    {
        await using var server = await TestServer.StartAsync(Apps.Fixed("200 OK", [], "", "a", "", "", "b", ""));
        var response = await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        Assert.Equal("ab", response.BodyText);
        Assert.Equal([1, 1, 0], response.ChunkSizes);
    }

    /// <summary>A result with extra members a server must not touch (it is not the server's type).</summary>
    private sealed class Nosy : IEnumerable, IPyClosable, IPyLen
    {
        public int OtherUses { get; private set; }

        public IEnumerator GetEnumerator() => new[] { Apps.B("a"), Apps.B("b") }.GetEnumerator();

        public void Close()
        {
        }

        public int Len()
        {
            OtherUses++;
            return 2;
        }
    }
}
