using System.Net;
using System.Net.Sockets;

namespace Wsgi.Conformance.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public void A_port_in_use_is_a_clear_error_with_exit_2()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        int port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var (code, _, stderr) = Cli.Run("serve", "--app", "hello", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, code);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", stderr);
    }

    [Fact]
    public void An_unknown_app_is_a_usage_error()
    {
        var (code, _, stderr) = Cli.Run("serve", "--app", "nope");

        Assert.Equal(2, code);
        Assert.Contains("--app must be one of", stderr);
    }

    [Fact]
    public async Task Serves_with_the_validator_and_stops_cleanly_on_sigint()
    {
        using ServeProcess serve = await ServeProcess.StartAsync("--app", "hello", "--port", "0", "--validate");
        Assert.StartsWith("serving hello (validated, collect) at http://127.0.0.1:", serve.Line);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        Assert.Equal("Hello, world!\n", await http.GetStringAsync(serve.Url));

        var (code, stderr) = await serve.StopAsync("INT");

        Assert.True(code == 0, $"serve did not stop cleanly on SIGINT (exit {code})");
        Assert.Equal("", stderr);
    }
}
