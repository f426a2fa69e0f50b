using Wsgi.Server.Tests.Infrastructure;

namespace Wsgi.Server.Tests;

/// <summary>Requests the server must refuse before the app sees them (RFC 9112 message parsing).
/// Kestrel refuses most of these itself; <see cref="RequestGuard"/> adds the rest.</summary>
public sealed class MalformedRequestTests
{
    public static TheoryData<string, string, int> Cases => new()
    {
        { "bad request line (two spaces)", "GET  / HTTP/1.1\r\nHost: a\r\n\r\n", 400 },
        { "bad request line (no version)", "GET /\r\nHost: a\r\n\r\n", 400 },
        { "bad request line (space in target)", "GET /a b HTTP/1.1\r\nHost: a\r\n\r\n", 400 },
        { "Content-Length with Transfer-Encoding", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400 },
        { "Transfer-Encoding with Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n", 400 },
        { "differing Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", 400 },
        { "repeated Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc", 400 },
        { "Content-Length list", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 4\r\n\r\nabcd", 400 },
        { "bare LF line ends", "GET / HTTP/1.1\nHost: a\n\n", 400 },
        { "bare LF in one header", "GET / HTTP/1.1\r\nHost: a\nX: y\r\n\r\n", 400 },
        { "obs-fold", "GET / HTTP/1.1\r\nHost: a\r\nX: y\r\n  folded\r\n\r\n", 400 },
        { "space before colon", "GET / HTTP/1.1\r\nHost: a\r\nX : y\r\n\r\n", 400 },
        { "control character in value", "GET / HTTP/1.1\r\nHost: a\r\nX: a\u0001b\r\n\r\n", 400 },
        { "header name not a token", "GET / HTTP/1.1\r\nHost: a\r\nX(bad): v\r\n\r\n", 400 },
        { "missing Host on HTTP/1.1", "GET / HTTP/1.1\r\n\r\n", 400 },
        { "two Host fields", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400 },
        { "unknown transfer coding", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n", 400 },
        { "bad chunk size", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n", 400 },
        { "oversized header fields", "GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + new string('a', 40_000) + "\r\n\r\n", 431 },
        { "oversized request target", "GET /" + new string('a', 10_000) + " HTTP/1.1\r\nHost: a\r\n\r\n", 414 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Refused(string name, string request, int status)
    {
        int calls = 0;
        var app = WsgiApplication.From("counting", (environ, sr) =>
        {
            Interlocked.Increment(ref calls);

            // An app that reads the body (the chunked cases fail while decoding it).
            Apps.Input(environ).Read();
            sr.Call("200 OK", WsgiApplication.Headers(("Content-Length", "2")));
            return new Wsgi.Python.PyList { Apps.B("ok") };
        });
        await using var server = await TestServer.StartAsync(app);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(request);
        var response = await connection.ReadResponseAsync();
        Assert.True(status == response.Status, $"{name}: expected {status}, got {response.StatusLine}");
        if (name != "bad chunk size")
        {
            Assert.Equal(0, calls);
        }

        Assert.True(await connection.ClosedWithinAsync(TimeSpan.FromSeconds(2)), $"{name}: connection left open");
    }
}
