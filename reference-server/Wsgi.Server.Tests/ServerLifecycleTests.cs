using System.Net;
using System.Net.Sockets;
using Wsgi.Server.Tests.Infrastructure;

namespace Wsgi.Server.Tests;

/// <summary>Starting, configuring and stopping the server (not PEP rules: the contract the CLI relies on).</summary>
public sealed class ServerLifecycleTests
{
    [Fact(DisplayName = "server/options are validated in full before anything starts")]
    public async Task OptionsValidated()
    {
        var options = new WsgiServerOptions { Host = "not-an-ip", Port = 70000, ScriptName = "app", ServerName = "" };
        Assert.Equal(4, options.Validate().Count);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => WsgiServer.StartAsync(Apps.Fixed("200 OK", [], "x"), options));
        Assert.Contains("Host", error.Message, StringComparison.Ordinal);
        Assert.Contains("Port", error.Message, StringComparison.Ordinal);
        Assert.Contains("ScriptName", error.Message, StringComparison.Ordinal);
        Assert.Contains("ServerName", error.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "server/a port in use is a clear IOException")]
    public async Task PortInUse()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        int port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var error = await Assert.ThrowsAsync<IOException>(() => WsgiServer.StartAsync(Apps.Fixed("200 OK", [], "x"), new WsgiServerOptions { Port = port }));
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "server/stop closes the port and is idempotent")]
    public async Task Stop()
    {
        var server = await TestServer.StartAsync(Apps.Fixed("200 OK", [("Content-Length", "1")], "x"));
        Assert.Equal($"http://127.0.0.1:{server.Port}/", server.Uri.ToString());
        Assert.Equal("x", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
        await server.StopAsync();
        await server.DisposeAsync();
        using var client = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, server.Port));
    }

    [Fact(DisplayName = "server/a body over MaxRequestBodySize is answered 413 when the app reads it")]
    public async Task BodyTooLarge()
    {
        var app = Apps.Echo(environ => (byte[])Apps.Input(environ).Read()!);
        await using var server = await WsgiServer.StartAsync(app, new WsgiServerOptions { MaxRequestBodySize = 10, Errors = TextWriter.Null });
        var response = await RawConnection.ExchangeAsync(server.Port, "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n14\r\n01234567890123456789\r\n0\r\n\r\n");
        Assert.Equal(413, response.Status);
        Assert.StartsWith("413 Payload Too Large", response.BodyText, StringComparison.Ordinal);
    }
}
