using Wsgi.Python;
using Wsgi.Server.Tests.Infrastructure;

namespace Wsgi.Server.Tests;

/// <summary>PEP 3333 "Error Handling" and "Input and Error Streams": wsgi.errors.</summary>
public sealed class ErrorHandlingTests
{
    [Fact(DisplayName = "error.server.trap_and_log")]
    public async Task TrapAndLog()
    {
        var errors = new StringWriter();
        var app = WsgiApplication.From("crash", (_, _) => throw new InvalidOperationException("the app broke"));
        await using var server = await TestServer.StartAsync(app, errors: errors);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(TestServer.Get("/"));
        Assert.Equal(500, (await connection.ReadResponseAsync()).Status);
        await connection.SendAsync(TestServer.Get("/"));
        Assert.Equal(500, (await connection.ReadResponseAsync()).Status);
        Assert.Contains("the app broke", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "error.server.5xx_before_headers")]
    public async Task FiveHundredBeforeHeaders()
    {
        var app = WsgiApplication.From("late-crash", (_, sr) =>
        {
            sr.Call("200 OK", WsgiApplication.Headers(("X-App", "1")));
            throw new InvalidOperationException("after start_response, before any body");
        });
        await using var server = await TestServer.StartAsync(app);
        var response = await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        Assert.Equal(500, response.Status);
        Assert.Null(response.Header("X-App"));

        var none = WsgiApplication.From("returns-none", (_, sr) =>
        {
            sr.Call("200 OK", WsgiApplication.Headers());
            return null;
        });
        await using var second = await TestServer.StartAsync(none);
        Assert.Equal(500, (await RawConnection.ExchangeAsync(second.Port, TestServer.Get("/"))).Status);

        var neverStarted = WsgiApplication.From("no-start", (_, _) => new PyList { Apps.B("body") });
        await using var third = await TestServer.StartAsync(neverStarted);
        Assert.Equal(500, (await RawConnection.ExchangeAsync(third.Port, TestServer.Get("/"))).Status);

        var notBytes = WsgiApplication.From("str-body", (_, sr) =>
        {
            sr.Call("200 OK", WsgiApplication.Headers());
            return new PyList { "text, not bytes" };
        });
        await using var fourth = await TestServer.StartAsync(notBytes);
        Assert.Equal(500, (await RawConnection.ExchangeAsync(fourth.Port, TestServer.Get("/"))).Status);
    }

    [Fact(DisplayName = "error.server.partial_response")]
    public async Task AbortAfterHeaders()
    {
        var errors = new StringWriter();
        var app = WsgiApplication.From("mid-crash", (_, sr) =>
        {
            var write = (PyCallable)sr.Call("200 OK", WsgiApplication.Headers(("Content-Length", "100")))!;
            write.Call(Apps.B("partial"));
            throw new InvalidOperationException("after the headers went out");
        });
        await using var server = await TestServer.StartAsync(app, errors: errors);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(TestServer.Get("/"));
        var response = await connection.ReadResponseAsync();
        Assert.Equal(200, response.Status);
        Assert.True(response.ClosedEarly);
        Assert.Contains("after the headers went out", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "errors.methods")]
    public async Task ErrorsMethods()
    {
        var errors = new StringWriter();
        var app = Apps.Echo(environ =>
        {
            var stream = (WsgiErrors)environ["wsgi.errors"]!;
            stream.Write("one\n");
            stream.WriteLines(new PyList { "two\n", "three\n" });
            stream.Flush();
            return Apps.B(string.Join(",", new[] { "write", "writelines", "flush" }.Select(m => Py.HasAttr(stream, m))));
        });
        await using var server = await TestServer.StartAsync(app, errors: errors);
        Assert.Equal("True,True,True", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
        Assert.Contains("one\ntwo\nthree\n", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "errors.text_mode")]
    public async Task TextMode()
    {
        var errors = new StringWriter();
        var app = Apps.Echo(environ => Apps.B(Py.TypeName(((WsgiErrors)environ["wsgi.errors"]!).Write("line\n"))));
        await using var server = await TestServer.StartAsync(app, errors: errors);
        Assert.Equal("int", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
        Assert.Contains("line\n", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "errors.unicode_tolerant")]
    public async Task UnicodeTolerant()
    {
        var errors = new StringWriter();
        var app = Apps.Echo(environ =>
        {
            ((WsgiErrors)environ["wsgi.errors"]!).Write("snow \u2603, lone surrogate \ud800, nul \0\n");
            return Apps.B("ok");
        });
        await using var server = await TestServer.StartAsync(app, errors: errors);
        Assert.Equal("ok", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
        Assert.Contains("snow \u2603", errors.ToString(), StringComparison.Ordinal);
    }
}
