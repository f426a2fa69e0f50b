using System.Net;

namespace Wsgi.Server;

/// <summary>How <see cref="WsgiServer"/> listens and what it tells the application about itself.
/// Every setting is checked in full by <see cref="Validate"/> before anything starts.</summary>
public sealed class WsgiServerOptions
{
    /// <summary>The IP address (or <c>localhost</c>) to listen on. Default <c>127.0.0.1</c>.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The TCP port; <c>0</c> (the default) picks a free port, read it back from
    /// <see cref="WsgiServerHandle.Port"/>.</summary>
    public int Port { get; init; }

    /// <summary>The mount point of the application, the <c>SCRIPT_NAME</c> it sees: <c>""</c> (the
    /// default) mounts it at the root, <c>"/app"</c> serves <c>/app</c> and everything under
    /// <c>/app/</c>, and answers 404 elsewhere without calling the application.</summary>
    public string ScriptName { get; init; } = "";

    /// <summary>Where <c>wsgi.errors</c> and the server's own error reports go. Default: standard error.</summary>
    public TextWriter? Errors { get; init; }

    /// <summary>The <c>SERVER_NAME</c> given to the application. Default: the address the request
    /// arrived on (IPv6 addresses in brackets).</summary>
    public string? ServerName { get; init; }

    /// <summary>The largest request body accepted, in bytes; <c>null</c> for no limit. Default 30 MB
    /// (Kestrel's). A larger body is answered 413 before the application reads it.</summary>
    public long? MaxRequestBodySize { get; init; } = 30_000_000;

    /// <summary>The largest request head (request line and header fields), in bytes. Default 32 KB.
    /// A larger head is answered 431 (fields) or 414 (target) and never reaches the application.</summary>
    public int MaxRequestHeadersTotalSize { get; init; } = 32 * 1024;

    /// <summary>WSGI apps block their thread (reading input, iterating slowly), and each request
    /// runs on a thread-pool thread; the pool adds threads slowly once its minimum is reached.
    /// <see cref="WsgiServer.StartAsync"/> raises the process-wide minimum of worker threads to
    /// this many (never lowers it), so that many blocking requests run at once without waiting.
    /// Default 64; 0 leaves the pool alone.</summary>
    public int MinWorkerThreads { get; init; } = 64;

    /// <summary>Every problem with these options, each naming the setting and the value; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Host) || (Host != "localhost" && !IPAddress.TryParse(Host, out _)))
        {
            errors.Add($"Host must be an IP address or \"localhost\", like 127.0.0.1; got \"{Host}\"");
        }

        if (Port is < 0 or > 65535)
        {
            errors.Add($"Port must be 0 (any free port) to 65535; got {Port}");
        }

        if (ScriptName is null || (ScriptName.Length > 0 && (ScriptName[0] != '/' || ScriptName.Contains('?') || ScriptName.Contains('#') || !Wsgi.Python.Py.IsLatin1(ScriptName))))
        {
            errors.Add($"ScriptName must be \"\" or a decoded path starting with '/', like /app, with no '?' or '#'; got \"{ScriptName}\"");
        }

        if (ServerName is { Length: 0 })
        {
            errors.Add("ServerName must not be empty; leave it null to use the address the request arrived on");
        }

        if (MaxRequestBodySize is < 0)
        {
            errors.Add($"MaxRequestBodySize must be null (no limit) or at least 0; got {MaxRequestBodySize}");
        }

        if (MaxRequestHeadersTotalSize < 1024)
        {
            errors.Add($"MaxRequestHeadersTotalSize must be at least 1024 bytes; got {MaxRequestHeadersTotalSize}");
        }

        if (MinWorkerThreads is < 0 or > 32767)
        {
            errors.Add($"MinWorkerThreads must be 0 (leave the thread pool alone) to 32767; got {MinWorkerThreads}");
        }

        return errors;
    }
}
