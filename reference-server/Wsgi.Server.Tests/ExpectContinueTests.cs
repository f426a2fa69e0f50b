using System.Text;
using Wsgi.Server.Tests.Infrastructure;

namespace Wsgi.Server.Tests;

/// <summary>PEP 3333 "HTTP 1.1 Expect/Continue".</summary>
public sealed class ExpectContinueTests
{
    private const string Continue = "HTTP/1.1 100 Continue\r\n";

    private static WsgiApplication Reader() => Apps.Echo(environ => (byte[])Apps.Input(environ).Read()!);

    [Fact(DisplayName = "http.expect_continue.transparent")]
    public async Task Transparent()
    {
        await using var server = await TestServer.StartAsync(Reader());
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
        string interim = Encoding.Latin1.GetString(await connection.ReadAtLeastAsync(Continue.Length));
        Assert.StartsWith(Continue, interim);
        await connection.SendAsync("hello");
        Assert.Equal("hello", (await connection.ReadResponseAsync()).BodyText);
    }

    [Fact(DisplayName = "http.expect_continue.read_blocks")]
    public async Task ReadBlocks()
    {
        await using var server = await TestServer.StartAsync(Reader());
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
        await connection.ReadAtLeastAsync(Continue.Length);
        await Task.Delay(300);
        await connection.SendAsync("he");
        await Task.Delay(100);
        await connection.SendAsync("llo");
        Assert.Equal("hello", (await connection.ReadResponseAsync()).BodyText);
    }

    [Fact(DisplayName = "http.expect_continue.scope")]
    public async Task Scope()
    {
        await using var server = await TestServer.StartAsync(Reader());
        await using (var http10 = await RawConnection.OpenAsync(server.Port))
        {
            await http10.SendAsync("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nhi");
            var response = await http10.ReadResponseAsync();
            Assert.Equal(200, response.Status);
            Assert.Equal("hi", response.BodyText);
        }

        // An app that never reads wsgi.input: no 100 Continue, just the final response.
        await using var ignorer = await TestServer.StartAsync(Apps.Fixed("200 OK", [("Content-Length", "2")], "ok"));
        var direct = await RawConnection.ExchangeAsync(ignorer.Port, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
        Assert.Equal(200, direct.Status);
        Assert.Equal("ok", direct.BodyText);
    }
}
