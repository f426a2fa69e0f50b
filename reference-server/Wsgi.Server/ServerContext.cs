using System.Net;
using Microsoft.AspNetCore.Http;
using Wsgi.Python;

namespace Wsgi.Server;

/// <summary>What every exchange of one server shares: the app, the mount point, the error stream
/// and the environ values that never change.</summary>
internal sealed class ServerContext
{
    public ServerContext(PyCallable app, WsgiServerOptions options)
    {
        App = app;
        ScriptName = NormaliseScriptName(options.ScriptName);
        ErrorWriter = options.Errors ?? Console.Error;
        Errors = new TextWriterErrors(ErrorWriter);
        ServerName = options.ServerName;
    }

    public PyCallable App { get; }

    /// <summary>The decoded mount point: "" at the root, else "/a/b" with no trailing slash.</summary>
    public string ScriptName { get; }

    public TextWriter ErrorWriter { get; }

    /// <summary>The one <c>wsgi.errors</c> stream (writes are serialised by <see cref="TextWriterErrors"/>).</summary>
    public WsgiErrors Errors { get; }

    /// <summary>The configured <c>SERVER_NAME</c>, or <c>null</c> to use the local address.</summary>
    public string? ServerName { get; }

    private Cached<int>? _port;
    private Cached<IPAddress>? _local;

    public Task HandleAsync(HttpContext http) => new Exchange(this, http).RunAsync();

    /// <summary>Reports a server-side problem on the error stream, one line, prefixed.</summary>
    public void Log(string message)
    {
        lock (ErrorWriter)
        {
            ErrorWriter.Write("[wsgi-server] ");
            ErrorWriter.WriteLine(message);
            ErrorWriter.Flush();
        }
    }

    /// <summary><c>SERVER_PORT</c> text, cached: a server listens on one port.</summary>
    public string PortText(int port)
    {
        var cached = _port;
        if (cached is null || cached.Key != port)
        {
            _port = cached = new Cached<int>(port, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return cached.Text;
    }

    /// <summary><c>SERVER_NAME</c>: the configured name, or the address the request arrived on.</summary>
    public string ServerNameFor(IPAddress? local)
    {
        if (ServerName is not null)
        {
            return ServerName;
        }

        if (local is null)
        {
            return "localhost";
        }

        var cached = _local;
        if (cached is null || !cached.Key.Equals(local))
        {
            var address = local.IsIPv4MappedToIPv6 ? local.MapToIPv4() : local;
            string text = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
            _local = cached = new Cached<IPAddress>(local, text);
        }

        return cached.Text;
    }

    /// <summary>One key and its text, swapped atomically as a whole.</summary>
    private sealed record Cached<T>(T Key, string Text);

    public static string NormaliseScriptName(string scriptName) => scriptName.TrimEnd('/');
}
