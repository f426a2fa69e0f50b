using System.Runtime.CompilerServices;
using System.Text;
using Wsgi.Python;
using Wsgi.Server.Tests.Infrastructure;

namespace Wsgi.Server.Tests;

/// <summary>PEP 3333 "The start_response() Callable".</summary>
public sealed class StartResponseTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    /// <summary>Runs <paramref name="body"/> as the app and returns what it reported, with the response.</summary>
    private static async Task<(RawResponse Response, string? Text)> RunAsync(Func<PyCallable, string> body)
    {
        string? text = null;
        var app = WsgiApplication.From("probe", (_, startResponse) =>
        {
            text = body(startResponse);
            return new PyList { Encoding.Latin1.GetBytes(text) };
        });
        await using var server = await TestServer.StartAsync(app);
        var response = await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        return (response, text);
    }

    private static string Raised(Action call)
    {
        try
        {
            call();
            return "none";
        }
        catch (Exception e)
        {
            return e.GetType().Name;
        }
    }

    [Fact(DisplayName = "start_response.arity")]
    public async Task Arity()
    {
        var response = await RunAsync(sr =>
        {
            string one = Raised(() => sr.Call("200 OK"));
            string four = Raised(() => sr.Call("200 OK", new PyList(), null, null));
            string keyword = Raised(() => sr.CallWithKeywords(new Dictionary<string, object?> { ["bogus"] = 1 }, "200 OK", new PyList()));
            string three = Raised(() => sr.Call("200 OK", new PyList(), null));
            return $"{one},{four},{keyword},{three}";
        });
        Assert.Equal("PyTypeError,PyTypeError,PyTypeError,none", response.Text);
    }

    [Fact(DisplayName = "start_response.returns_write")]
    public async Task ReturnsWrite()
    {
        var app = WsgiApplication.From("writer", (_, sr) =>
        {
            var write = Assert.IsAssignableFrom<PyCallable>(sr.Call("200 OK", WsgiApplication.Headers(("Content-Length", "5"))));
            write.Call(Apps.B("hello"));
            return new PyList();
        });
        await using var server = await TestServer.StartAsync(app);
        Assert.Equal("hello", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
    }

    [Theory]
    [InlineData("start_response.hop_by_hop.fatal", "Connection", "close")]
    [InlineData("start_response.hop_by_hop.fatal", "transfer-encoding", "chunked")]
    [InlineData("start_response.hop_by_hop.fatal", "Keep-Alive", "timeout=5")]
    [InlineData("start_response.hop_by_hop.fatal", "Upgrade", "h2c")]
    public async Task HopByHopFatal(string rule, string name, string value)
    {
        Assert.NotNull(Wsgi.Catalogue.Rules.Find(rule));
        var response = await RunAsync(sr => Raised(() => sr.Call("200 OK", WsgiApplication.Headers((name, value)))));
        Assert.Equal("PyAssertionError", response.Text);
    }

    [Theory]
    [InlineData("start_response.check_at_call", "200 OK", "X-A", "a\r\nInjected: yes")]
    [InlineData("start_response.check_at_call", "200 OK", "X-A", "bell\a")]
    [InlineData("start_response.check_at_call", "200 OK", "X A", "space in name")]
    [InlineData("start_response.check_at_call", "200 OK", "X-A", "snowman \u2603")]
    [InlineData("start_response.check_at_call", "200 OK\r\nInjected: yes", "X-A", "ok")]
    [InlineData("start_response.check_at_call", "2000 OK", "X-A", "ok")]
    [InlineData("start_response.check_at_call", "200", "X-A", "ok")]
    [InlineData("start_response.check_at_call", "100 Continue", "X-A", "ok")]
    [InlineData("start_response.check_at_call", "200 OK", "Status", "200 OK")]
    [InlineData("start_response.check_at_call", "200 OK", "Content-Length", "-1")]
    public async Task CheckAtCall(string rule, string status, string name, string value)
    {
        Assert.NotNull(Wsgi.Catalogue.Rules.Find(rule));

        // The app sees the error inside its own call; unhandled, it becomes a 500 and nothing
        // the app passed reaches the wire.
        string? seen = null;
        var app = WsgiApplication.From("bad", (_, sr) =>
        {
            seen = Raised(() => sr.Call(status, WsgiApplication.Headers((name, value))));
            throw new InvalidOperationException("re-raised");
        });
        await using var server = await TestServer.StartAsync(app);
        var response = await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        Assert.True(seen is "PyValueError" or "PyTypeError", seen);
        Assert.Equal(500, response.Status);
        Assert.DoesNotContain("Injected", Encoding.Latin1.GetString(response.HeadBytes), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadTypes => new()
    {
        { "start_response.check_at_call/types", "status bytes" },
        { "start_response.check_at_call/types", "headers tuple" },
        { "start_response.check_at_call/types", "header pair list" },
        { "start_response.check_at_call/types", "header value bytes" },
        { "start_response.check_at_call/types", "exc_info str" },
    };

    [Theory]
    [MemberData(nameof(BadTypes))]
    public async Task CheckTypes(string rule, string variant)
    {
        Assert.NotNull(Wsgi.Catalogue.Rules.Find(rule.Split('/')[0]));
        var response = await RunAsync(sr => Raised(() => _ = variant switch
        {
            "status bytes" => sr.Call(Apps.B("200 OK"), new PyList()),
            "headers tuple" => sr.Call("200 OK", new PyTuple()),
            "header pair list" => sr.Call("200 OK", new PyList { new PyList { "A", "b" } }),
            "header value bytes" => sr.Call("200 OK", new PyList { new PyTuple("A", Apps.B("b")) }),
            _ => sr.Call("200 OK", new PyList(), "not exc_info"),
        }));
        Assert.Equal("PyTypeError", response.Text);
    }

    [Fact(DisplayName = "start_response.headers.case_insensitive")]
    public async Task CaseInsensitive()
    {
        await using var server = await TestServer.StartAsync(Apps.Fixed("200 OK", [("content-length", "5"), ("content-TYPE", "text/x")], "hello"));
        var response = await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        Assert.Equal("5", response.Header("Content-Length"));
        Assert.Null(response.Header("Transfer-Encoding"));
        Assert.Equal("text/x", response.Header("Content-Type"));
        Assert.Single(response.HeaderValues("Content-Length"));
    }

    [Fact(DisplayName = "start_response.required_headers_added")]
    public async Task RequiredHeadersAdded()
    {
        await using var server = await TestServer.StartAsync(Apps.Fixed("200 OK", [], "x"));
        var response = await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        Assert.NotNull(response.Header("Date"));
        Assert.NotNull(response.Header("Server"));
    }

    [Fact(DisplayName = "start_response.defer_headers")]
    public async Task DeferHeaders()
    {
        var gate = new Gate();
        var app = WsgiApplication.From("slow", (_, sr) =>
        {
            sr.Call("200 OK", WsgiApplication.Headers(("Content-Length", "2")));
            gate.Wait();
            return new PyList { Apps.B("ok") };
        });
        await using var server = await TestServer.StartAsync(app);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(TestServer.Get("/"));
        Assert.Empty(await connection.ReadAvailableAsync(Quiet));
        gate.Open();
        Assert.Equal("ok", (await connection.ReadResponseAsync()).BodyText);
    }

    [Fact(DisplayName = "start_response.defer_headers.empty_chunk")]
    public async Task EmptyChunkDoesNotSend()
    {
        var gate = new Gate();
        IEnumerable<byte[]> Body()
        {
            yield return [];
            gate.Wait();
            yield return Apps.B("late");
        }

        var app = WsgiApplication.From("empty-first", (_, sr) =>
        {
            sr.Call("200 OK", WsgiApplication.Headers());
            return new TrackedResult(Body);
        });
        await using var server = await TestServer.StartAsync(app);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(TestServer.Get("/"));
        Assert.Empty(await connection.ReadAvailableAsync(Quiet));
        gate.Open();
        Assert.Equal("late", (await connection.ReadResponseAsync()).BodyText);
    }

    [Fact(DisplayName = "start_response.headers_on_exhaustion")]
    public async Task HeadersOnExhaustion()
    {
        await using var server = await TestServer.StartAsync(Apps.Fixed("201 Created", [("X-A", "1")], "", ""));
        var response = await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        Assert.Equal(201, response.Status);
        Assert.Equal("Created", response.Reason);
        Assert.Equal("1", response.Header("X-A"));
        Assert.Empty(response.Body);
    }

    [Fact(DisplayName = "start_response.exc_info.replace_if_unsent")]
    public async Task ReplaceIfUnsent()
    {
        var app = WsgiApplication.From("handler", (_, sr) =>
        {
            sr.Call("200 OK", WsgiApplication.Headers(("X-First", "1")));
            try
            {
                throw new InvalidOperationException("boom");
            }
            catch (Exception e)
            {
                sr.Call("503 Try Later", WsgiApplication.Headers(("X-Second", "2")), ExcInfo.From(e));
            }

            return new PyList { Apps.B("sorry") };
        });
        await using var server = await TestServer.StartAsync(app);
        var response = await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        Assert.Equal("HTTP/1.1 503 Try Later", response.StatusLine);
        Assert.Null(response.Header("X-First"));
        Assert.Equal("2", response.Header("X-Second"));
        Assert.Equal("sorry", response.BodyText);
    }

    [Fact(DisplayName = "start_response.exc_info.raise_if_sent")]
    public async Task RaiseIfSent()
    {
        var original = new InvalidOperationException("original");
        Exception? reraised = null;
        var app = WsgiApplication.From("late-error", (_, sr) =>
        {
            var write = (PyCallable)sr.Call("200 OK", WsgiApplication.Headers())!;
            write.Call(Apps.B("partial"));
            try
            {
                sr.Call("500 Oops", WsgiApplication.Headers(), ExcInfo.From(original));
            }
            catch (Exception e)
            {
                reraised = e;
            }

            return new PyList();
        });
        await using var server = await TestServer.StartAsync(app);
        await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        Assert.Same(original, reraised);
    }

    [Fact(DisplayName = "start_response.repeat_without_exc_info")]
    public async Task RepeatWithoutExcInfo()
    {
        var response = await RunAsync(sr =>
        {
            sr.Call("200 OK", WsgiApplication.Headers());
            return Raised(() => sr.Call("200 OK", WsgiApplication.Headers()));
        });
        Assert.Equal("PyAssertionError", response.Text);

        string? seen = null;
        var afterFailure = await RunAsync(sr =>
        {
            string first = Raised(() => sr.Call("200 OK", WsgiApplication.Headers(("Bad Name", "x"))));
            seen = first + "," + Raised(() => sr.Call("200 OK", WsgiApplication.Headers()));
            return seen;
        });
        Assert.Equal("PyValueError,PyAssertionError", seen);
        Assert.Equal(500, afterFailure.Response.Status);
    }

    [Fact(DisplayName = "start_response.exc_info.no_reference")]
    public async Task NoReference()
    {
        var weak = await RunWithExcInfoAsync();
        for (int i = 0; i < 5 && weak.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(20);
        }

        Assert.False(weak.IsAlive, "the server still holds exc_info after the request");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> RunWithExcInfoAsync()
    {
        var weak = new WeakReference(null);
        var app = WsgiApplication.From("exc", (_, sr) =>
        {
            sr.Call("200 OK", WsgiApplication.Headers());
            CallWithFreshException(sr, weak);
            return new PyList { Apps.B("ok") };
        });
        await using var server = await TestServer.StartAsync(app);
        await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        return weak;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CallWithFreshException(PyCallable sr, WeakReference weak)
    {
        var e = new InvalidOperationException("held?");
        weak.Target = e;
        sr.Call("500 Oops", WsgiApplication.Headers(), ExcInfo.From(e));
    }

    [Fact(DisplayName = "start_response.server_no_assumption")]
    public async Task ServerNoAssumption()
    {
        static IEnumerable<byte[]> Generator(PyCallable sr)
        {
            sr.Call("200 OK", WsgiApplication.Headers(("Content-Type", "text/plain")));
            yield return Apps.B("from a generator");
        }

        var app = WsgiApplication.From("generator", (_, sr) => new TrackedResult(() => Generator(sr)));
        await using var server = await TestServer.StartAsync(app);
        var response = await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        Assert.Equal(200, response.Status);
        Assert.Equal("from a generator", response.BodyText);
    }
}
