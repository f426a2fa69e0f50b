using Wsgi.Python;

namespace Wsgi.Server.Tests.Infrastructure;

/// <summary>Starts the server under test on a free loopback port.</summary>
internal static class TestServer
{
    public static Task<WsgiServerHandle> StartAsync(PyCallable app, string scriptName = "", TextWriter? errors = null) =>
        WsgiServer.StartAsync(app, new WsgiServerOptions { ScriptName = scriptName, Errors = errors ?? TextWriter.Null });

    /// <summary>A GET request for <paramref name="target"/> with the usual Host header.</summary>
    public static string Get(string target, string extraHeaders = "", string version = "HTTP/1.1") =>
        $"GET {target} {version}\r\nHost: 127.0.0.1\r\n{extraHeaders}\r\n";
}
