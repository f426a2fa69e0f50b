using System.Collections.Concurrent;
using Wsgi.Python;
using Wsgi.Server.Tests.Infrastructure;

namespace Wsgi.Server.Tests;

/// <summary>RFC 9112 message framing (catalogue group 18): what the server refuses (status, then close,
/// and the canary request after it never reaches the app), and what it must frame exactly.
/// <see cref="RequestGuard"/> and <see cref="HeadScanner"/> add what Kestrel lets through.</summary>
public sealed class Http1FramingTests
{
    private const string Canary = "GET /smuggled HTTP/1.1\r\nHost: a\r\n\r\n";

    [Theory]
    [InlineData("http1.content_length.invalid/plus", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +5\r\n\r\nhello", 400)]
    [InlineData("http1.content_length.invalid/differing-list", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5, 6\r\n\r\nhello", 400)]
    [InlineData("http1.content_length.overflow", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 18446744073709551621\r\n\r\nhello", 400)]
    [InlineData("http1.field.space_before_colon/content-length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length : 5\r\n\r\nhello", 400)]
    [InlineData("http1.transfer_encoding.with_content_length/te-cl", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n", 400)]
    [InlineData("http1.transfer_encoding.chunked_not_final/gzip", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\nhello", 400)]
    [InlineData("http1.transfer_encoding.unknown", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: x-unknown, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 501)]
    [InlineData("http1.transfer_encoding.chunked_twice/list", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 400)]
    [InlineData("http1.transfer_encoding.chunked_twice/two-fields", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 400)]
    [InlineData("http1.chunked.size_invalid/0x-prefix", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n", 400)]
    [InlineData("http1.chunked.size_overflow", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000005\r\nhello\r\n0\r\n\r\n", 400)]
    [InlineData("http1.chunked.crlf/data-too-long", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n", 400)]
    [InlineData("http1.request_line.invalid/control-in-target", "GET /a\u0001b HTTP/1.1\r\nHost: a\r\n\r\n", 400)]
    [InlineData("http1.request_line.invalid/tab-in-target", "GET /a\tb HTTP/1.1\r\nHost: a\r\n\r\n", 400)]
    public async Task Refused_then_closed_and_nothing_smuggled(string id, string request, int status)
    {
        var (app, paths) = Recording();
        await using var server = await TestServer.StartAsync(app);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(request + Canary);
        var response = await connection.ReadResponseAsync();
        Assert.True(status == response.Status, $"{id}: expected {status}, got {response.StatusLine}");
        Assert.True(await connection.ClosedWithinAsync(TimeSpan.FromSeconds(2)), $"{id}: connection left open");
        Assert.DoesNotContain("/smuggled", paths);
    }

    [Theory]
    [InlineData("http1.chunked.extension_ignored/quoted", "Transfer-Encoding: chunked\r\n\r\n5;foo=\"a b\"\r\nhello\r\n0;bar\r\n\r\n", "hello")]
    [InlineData("http1.transfer_encoding.case_insensitive", "Transfer-Encoding: CHUNKED\r\n\r\n5\r\nhello\r\n0\r\n\r\n", "hello")]
    [InlineData("http1.chunked.trailer_not_merged/field", "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nX-Trailer: 1\r\n\r\n", "hello")]
    // A body that spells a field line Kestrel would take for "+5" reaches the app untouched: the scanner skips bodies.
    [InlineData("http1.body.whole_framing/content-length", "Content-Length: 24\r\n\r\n\r\nContent-Length: +5\r\n\r\n", "\r\nContent-Length: +5\r\n\r\n")]
    [InlineData("http1.body.whole_framing/chunked", "Transfer-Encoding: chunked\r\n\r\n18\r\n\r\nContent-Length: +5\r\n\r\n\r\n0\r\n\r\n", "\r\nContent-Length: +5\r\n\r\n")]
    public async Task Body_framed_exactly(string id, string headAndBody, string body)
    {
        var (app, paths) = Recording();
        await using var server = await TestServer.StartAsync(app);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync("POST /first HTTP/1.1\r\nHost: a\r\n" + headAndBody + "GET /second HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        var first = await connection.ReadResponseAsync();
        var second = await connection.ReadResponseAsync();
        Assert.True(first.Status == 200 && first.BodyText == body, $"{id}: {first.StatusLine} {Py.StrRepr(first.BodyText)}");
        Assert.Equal(200, second.Status);
        Assert.Equal(["/first", "/second"], paths);
    }

    [Theory]
    [InlineData("http1.body.unread_not_parsed/content-length", "Content-Length: 35\r\n\r\n" + Canary)]
    [InlineData("http1.body.unread_not_parsed/chunked", "Transfer-Encoding: chunked\r\n\r\n23\r\n" + Canary + "\r\n0\r\n\r\n")]
    public async Task Unread_body_is_never_a_request(string id, string headAndBody)
    {
        var paths = new ConcurrentQueue<string>();
        var app = WsgiApplication.From("unread", (environ, sr) =>
        {
            paths.Enqueue((string)environ["PATH_INFO"]!);
            sr.Call("200 OK", WsgiApplication.Headers(("Content-Length", "2")));
            return new PyList { Apps.B("ok") };
        });
        await using var server = await TestServer.StartAsync(app);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync("POST /first HTTP/1.1\r\nHost: a\r\n" + headAndBody + "GET /second HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        await connection.ReadResponseAsync();
        await connection.ReadResponseAsync();
        Assert.True(paths.SequenceEqual(["/first", "/second"]), $"{id}: the app saw {string.Join(", ", paths)}");
    }

    [Fact(DisplayName = "http1.content_length.invalid/pipelined")]
    public async Task Plus_sign_refused_in_a_later_request_too()
    {
        var (app, paths) = Recording();
        await using var server = await TestServer.StartAsync(app);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync("POST /first HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhelloPOST /second HTTP/1.1\r\nHost: a\r\nContent-Length: +5\r\n\r\nhello" + Canary);
        Assert.Equal(200, (await connection.ReadResponseAsync()).Status);
        Assert.Equal(400, (await connection.ReadResponseAsync()).Status);
        Assert.True(await connection.ClosedWithinAsync(TimeSpan.FromSeconds(2)), "connection left open");
        Assert.Equal(["/first"], paths);
    }

    // An app that records PATH_INFO and echoes the whole body.
    private static (WsgiApplication App, ConcurrentQueue<string> Paths) Recording()
    {
        var paths = new ConcurrentQueue<string>();
        var app = WsgiApplication.From("recording", (environ, sr) =>
        {
            paths.Enqueue((string)environ["PATH_INFO"]!);
            byte[] body = (byte[])Apps.Input(environ).Read()!;
            sr.Call("200 OK", WsgiApplication.Headers(("Content-Length", body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            return new PyList { body };
        });
        return (app, paths);
    }
}
