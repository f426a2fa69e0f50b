using Wsgi.Python;
using Wsgi.Server.Tests.Infrastructure;

namespace Wsgi.Server.Tests;

/// <summary>PEP 3333 "The Application/Framework Side": how the server calls the app.</summary>
public sealed class InvocationTests
{
    /// <summary>A bare callable (no WsgiApplication base) that records how it was called.</summary>
    private sealed class Recorder : PyCallable
    {
        public List<string> Calls { get; } = [];

        public override object? Invoke(ReadOnlySpan<object?> args, IReadOnlyDictionary<string, object?>? kwargs)
        {
            lock (Calls)
            {
                Calls.Add($"{args.Length} positional, kwargs {(kwargs is null ? "none" : kwargs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))}, {Py.TypeName(args[0])}, {Py.IsCallable(args[1])}");
            }

            ((PyCallable)args[1]!).Call("200 OK", WsgiApplication.Headers(("Content-Length", "2")));
            return new PyList { Apps.B("ok") };
        }
    }

    [Fact(DisplayName = "invoke.positional_two_args")]
    public async Task PositionalTwoArgs()
    {
        var app = new Recorder();
        await using var server = await TestServer.StartAsync(app);
        await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        Assert.Equal(["2 positional, kwargs none, dict, True"], app.Calls);
    }

    [Fact(DisplayName = "invoke.once_per_request")]
    public async Task OncePerRequest()
    {
        var app = new Recorder();
        await using var server = await TestServer.StartAsync(app);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync(TestServer.Get("/1") + TestServer.Get("/2") + TestServer.Get("/3"));
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal("ok", (await connection.ReadResponseAsync()).BodyText);
        }

        Assert.Equal(3, app.Calls.Count);
    }

    [Fact(DisplayName = "callable.no_introspection")]
    public async Task NoIntrospection()
    {
        var plain = PyCallable.From("plain", args =>
        {
            ((PyCallable)args[1]!).Call("200 OK", WsgiApplication.Headers(("Content-Length", "5")));
            return new PyList { Apps.B("plain") };
        });
        await using var server = await TestServer.StartAsync(plain);
        Assert.Equal("plain", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
    }
}
