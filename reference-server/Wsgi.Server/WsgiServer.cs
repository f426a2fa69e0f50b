using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wsgi.Python;

namespace Wsgi.Server;

/// <summary>The reference WSGI gateway: an HTTP/1.1 server on Kestrel that calls a WSGI application
/// (<c>app(environ, start_response)</c>) for every request and is meant to be correct in every
/// server-side rule of the catalogue.</summary>
/// <example><code>
/// await using var server = await WsgiServer.StartAsync(app, new WsgiServerOptions { Port = 8000 });
/// Console.WriteLine(server.Uri);
/// </code></example>
public static class WsgiServer
{
    /// <summary>The <c>SERVER_SOFTWARE</c> the server reports.</summary>
    public const string Software = "wsgi-conformance-reference/1.0";

    static WsgiServer()
    {
        // RFC 9112 §2.2 lets a server accept a bare LF as a line terminator; Kestrel does by default.
        // The reference server refuses it (400), the strict reading, so request smuggling through
        // LF-vs-CRLF disagreement between a proxy and this server cannot happen.
        AppContext.SetSwitch("Microsoft.AspNetCore.Server.Kestrel.DisableHttp1LineFeedTerminators", true);
    }

    /// <summary>Starts serving <paramref name="app"/> and returns once the port is listening.</summary>
    /// <param name="app">The WSGI application, called with exactly two positional arguments.</param>
    /// <param name="options">Where to listen and how to mount the app; <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    /// <exception cref="IOException">The port is in use or cannot be bound; the message says which.</exception>
    public static async Task<WsgiServerHandle> StartAsync(PyCallable app, WsgiServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        options ??= new WsgiServerOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("invalid WsgiServerOptions:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems), nameof(options));
        }

        // WSGI applications block the thread they run on (synchronous reads, writes, sleeps), while
        // Kestrel's socket sends run on the thread pool: with too few pool threads, one app blocked
        // in a sleep delays bytes another response already wrote (seen in the suite's parallel
        // cases: streamed chunks up to 800 ms late). Keep enough threads to go round.
        ThreadPool.GetMinThreads(out int workers, out int io);
        if (options.MinWorkerThreads > workers)
        {
            ThreadPool.SetMinThreads(options.MinWorkerThreads, io);
        }

        var context = new ServerContext(app, options);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, PassiveLifetime>();
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(k => ConfigureKestrel(k, options));
        var host = builder.Build();
        ((IApplicationBuilder)host).Run(context.HandleAsync);
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw new IOException($"cannot listen on {options.Host}:{options.Port}: {e.Message}. Pick another --port, or 0 for any free port.", e);
        }

        var address = host.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        int port = new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal)).Port;
        string scriptName = ServerContext.NormaliseScriptName(options.ScriptName);
        return new WsgiServerHandle(host, options.Host, port, scriptName);
    }

    private static void ConfigureKestrel(KestrelServerOptions k, WsgiServerOptions options)
    {
        // WSGI is synchronous: wsgi.input.read() and write() block the application's thread.
        k.AllowSynchronousIO = true;
        k.AddServerHeader = true;

        // CGI values are native strings: every request byte maps to one code point (latin-1), and
        // the application's latin-1 header values go out as the same single bytes.
        k.RequestHeaderEncodingSelector = static _ => Encoding.Latin1;
        k.ResponseHeaderEncodingSelector = static _ => Encoding.Latin1;
        k.Limits.MaxRequestBodySize = options.MaxRequestBodySize;
        k.Limits.MaxRequestHeadersTotalSize = options.MaxRequestHeadersTotalSize;
        k.Limits.MaxRequestLineSize = Math.Min(options.MaxRequestHeadersTotalSize, 8 * 1024);

        Action<ListenOptions> http1 = static l =>
        {
            l.Protocols = HttpProtocols.Http1;
            // Refuses what Kestrel's parser lets through below the request (HeadScanner says what).
            l.Use(HeadScannerConnection.Use);
        };
        // "localhost" binds the IPv4 loopback only: Kestrel cannot bind both loopbacks to one free port.
        var address = options.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(options.Host);
        k.Listen(address, options.Port, http1);
    }
}
