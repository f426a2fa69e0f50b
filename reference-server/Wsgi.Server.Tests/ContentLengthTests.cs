using Wsgi.Server.Tests.Infrastructure;

namespace Wsgi.Server.Tests;

/// <summary>PEP 3333 "Handling the Content-Length Header" and HTTP framing of the response.</summary>
public sealed class ContentLengthTests
{
    [Fact(DisplayName = "content_length.server.no_overrun")]
    public async Task NoOverrun()
    {
        int requested = 0;
        IEnumerable<byte[]> Items()
        {
            requested++;
            yield return Apps.B("hello");
            requested++;
            yield return Apps.B("world");
        }

        var result = new TrackedResult(Items);
        var app = WsgiApplication.From("long", (_, sr) =>
        {
            sr.Call("200 OK", WsgiApplication.Headers(("Content-Length", "3")));
            return result;
        });
        await using var server = await TestServer.StartAsync(app);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(TestServer.Get("/"));
        var response = await connection.ReadResponseAsync();
        Assert.Equal("hel", response.BodyText);
        Assert.True(await connection.ClosedWithinAsync(TimeSpan.FromSeconds(2)), "the connection stays open after an overrun");
        Assert.Equal(1, requested);
        Assert.Equal(1, await result.WaitClosedAsync());
    }

    [Fact(DisplayName = "content_length.server.underrun")]
    public async Task Underrun()
    {
        var errors = new StringWriter();
        await using var server = await TestServer.StartAsync(Apps.Fixed("200 OK", [("Content-Length", "10")], "hello"), errors: errors);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(TestServer.Get("/"));
        var response = await connection.ReadResponseAsync();
        Assert.True(response.ClosedEarly);
        Assert.Equal("hello", response.BodyText);
        Assert.Contains("Content-Length", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "chunked.rfc_compliant")]
    public async Task ChunkedCompliant()
    {
        await using var server = await TestServer.StartAsync(Apps.Fixed("200 OK", [], "abc", "", new string('x', 5000)));
        await using var connection = await RawConnection.OpenAsync(server.Port);
        for (int i = 0; i < 2; i++)
        {
            await connection.SendAsync(TestServer.Get("/"));
            var response = await connection.ReadResponseAsync();
            Assert.Equal("chunked", response.Header("Transfer-Encoding"));
            Assert.Null(response.Header("Content-Length"));
            Assert.Equal([3, 5000, 0], response.ChunkSizes);
            Assert.Equal("abc" + new string('x', 5000), response.BodyText);
        }
    }

    [Fact(DisplayName = "chunked.http11_only")]
    public async Task ChunkedHttp11Only()
    {
        await using var server = await TestServer.StartAsync(Apps.Fixed("200 OK", [], "abc", "def"));
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync("GET / HTTP/1.0\r\n\r\n");
        var response = await connection.ReadResponseAsync();
        Assert.Null(response.Header("Transfer-Encoding"));
        Assert.True(response.ClosedEarly, "an HTTP/1.0 body without Content-Length must end with the connection");
        Assert.Equal("abcdef", response.BodyText);
    }

    [Fact(DisplayName = "http.head.no_body")]
    public async Task HeadNoBody()
    {
        await using var server = await TestServer.StartAsync(Apps.Fixed("200 OK", [("Content-Length", "5")], "hello"));
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync("HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        var head = await connection.ReadResponseAsync(head: true);
        Assert.Equal("5", head.Header("Content-Length"));

        // Any stray body bytes would be read as the start of the next response.
        await connection.SendAsync(TestServer.Get("/"));
        var next = await connection.ReadResponseAsync();
        Assert.Equal(200, next.Status);
        Assert.Equal("hello", next.BodyText);
    }

    [Theory]
    [InlineData("http.head.no_body/status", "204 No Content")]
    [InlineData("http.head.no_body/status", "304 Not Modified")]
    public async Task NoBodyStatus(string rule, string status)
    {
        Assert.NotNull(Wsgi.Catalogue.Rules.Find(rule.Split('/')[0]));
        await using var server = await TestServer.StartAsync(Apps.Fixed(status, [], "must not appear"));
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(TestServer.Get("/"));
        var response = await connection.ReadResponseAsync();
        Assert.Equal(status, $"{response.Status} {response.Reason}");
        await connection.SendAsync("GET /next HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        var next = await connection.ReadResponseAsync();
        Assert.Equal(response.Status, next.Status);
        Assert.Null(next.Header("Transfer-Encoding"));
    }

    [Fact(DisplayName = "http.play_dumb")]
    public async Task PlayDumb()
    {
        // The app's status text, header order, repeated fields and values reach the client as given.
        await using var server = await TestServer.StartAsync(Apps.Fixed(
            "299 Custom Reason",
            [("Content-Type", "text/x; charset=latin-1"), ("Set-Cookie", "a=1"), ("X-Order", "1"), ("Set-Cookie", "b=2"), ("X-Latin", "caf\u00e9"), ("Cache-Control", "no-store")],
            "body"));
        var response = await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        Assert.Equal("HTTP/1.1 299 Custom Reason", response.StatusLine);
        Assert.Equal("text/x; charset=latin-1", response.Header("Content-Type"));
        Assert.Equal(["a=1", "b=2"], response.HeaderValues("Set-Cookie"));
        Assert.Equal("caf\u00e9", response.Header("X-Latin"));
        Assert.Equal("no-store", response.Header("Cache-Control"));
        Assert.Equal("body", response.BodyText);
    }
}
