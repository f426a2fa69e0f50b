using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Wsgi.Apps.Tests.Infrastructure;

/// <summary>A <c>wsgiref.simple_server</c> in a child Python process, serving a WSGI app from
/// reference-apps/python on a free 127.0.0.1 port. Killed by its PID on dispose.</summary>
internal sealed class PythonServer : IDisposable
{
    // argv: [-c, pythonDir, folder, threaded]; prints the bound port, then serves until killed.
    private const string Script = """
        import sys, socketserver, wsgiref.simple_server as s
        sys.path.insert(0, sys.argv[1])
        folder = sys.argv[2]
        {0}
        class Quiet(s.WSGIRequestHandler):
            def log_message(self, *args):
                pass
        class Threaded(socketserver.ThreadingMixIn, s.WSGIServer):
            daemon_threads = True
        server_class = Threaded if sys.argv[3] == "threaded" else s.WSGIServer
        server = s.make_server('127.0.0.1', 0, app, server_class=server_class, handler_class=Quiet)
        print(server.server_port, flush=True)
        server.serve_forever()
        """;

    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private PythonServer(Process process) => _process = process;

    /// <summary>Where the app is served.</summary>
    public Uri Uri { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What the server printed to standard error so far (wsgi.errors, tracebacks).</summary>
    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="python"/> serving the app that <paramref name="setup"/> (Python code) binds to <c>app</c>;
    /// <c>folder</c> is <paramref name="folder"/>, and <c>WSGI_PROBE_DIR</c> is set to it. A <paramref name="threaded"/>
    /// server handles each request in its own thread.</summary>
    public static async Task<PythonServer> StartAsync(string python, string setup, string folder, bool threaded = false)
    {
        if (python != Repo.Python3 && !File.Exists(python))
        {
            throw new FileNotFoundException($"Python interpreter {python} is missing; install it (pyenv install 3.6.15) to test the probe on the oldest supported Python.", python);
        }

        var info = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(Script.Replace("{0}", setup, StringComparison.Ordinal));
        info.ArgumentList.Add(Repo.PythonApps);
        info.ArgumentList.Add(folder);
        info.ArgumentList.Add(threaded ? "threaded" : "single");
        info.Environment["WSGI_PROBE_DIR"] = folder;
        info.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {python}");
        var server = new PythonServer(process);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (server._stderr)
            {
                server._stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        try
        {
            string? line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(15));
            if (!int.TryParse(line, out int port))
            {
                throw new InvalidOperationException($"{python} did not start wsgiref (printed {line ?? "nothing"}); stderr:\n{server.Stderr}");
            }

            await WaitForPortAsync(port);
            server.Uri = new Uri($"http://127.0.0.1:{port}/");
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    private static async Task WaitForPortAsync(int port)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port).WaitAsync(TimeSpan.FromSeconds(2));
                return;
            }
            catch (Exception) when (clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(50);
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }
}
