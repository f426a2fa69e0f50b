using System.Diagnostics;

namespace Wsgi.Validator.Tests;

/// <summary>The Python reference apps (<c>reference-apps/python</c>) under a real WSGI server:
/// wsgiref.simple_server on a free 127.0.0.1 port, fetched over HTTP.</summary>
public sealed class PythonReferenceAppTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    // Serves sys.argv[1]'s module-level `application` on a port the OS picks, and prints the port.
    private const string ServeScript = """
        import runpy, sys
        from wsgiref.simple_server import make_server, WSGIRequestHandler
        class Quiet(WSGIRequestHandler):
            def log_message(self, *args):
                pass
        app = runpy.run_path(sys.argv[1])["application"]
        server = make_server("127.0.0.1", 0, app, handler_class=Quiet)
        print(server.server_port, flush=True)
        server.serve_forever()
        """;

    [Fact]
    public async Task Hello_py_says_hello_under_wsgiref()
    {
        string[] bodies = await Serve("hello.py", requests: 1);

        Assert.Equal(["Hello, world!\n"], bodies);
    }

    [Fact]
    public async Task Callable_class_py_keeps_state_under_wsgiref()
    {
        string[] bodies = await Serve("callable_class.py", requests: 2);

        Assert.Equal(["Hello from call 1\n", "Hello from call 2\n"], bodies);
    }

    private static async Task<string[]> Serve(string file, int requests)
    {
        string path = Path.Combine(RepoRoot(), "reference-apps", "python", file);
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(ServeScript);
        start.ArgumentList.Add(path);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start python3");
        try
        {
            string? portLine = await process.StandardOutput.ReadLineAsync().WaitAsync(Bound);
            Assert.True(int.TryParse(portLine, out int port), $"wsgiref printed no port for {file}; got {portLine ?? "end of output"}");
            using var client = new HttpClient { Timeout = Bound };
            var bodies = new string[requests];
            for (int i = 0; i < requests; i++)
            {
                using HttpResponseMessage response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/"));
                Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
                bodies[i] = await response.Content.ReadAsStringAsync();
            }

            return bodies;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync().WaitAsync(Bound);
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "reference-apps", "python")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no reference-apps/python above {AppContext.BaseDirectory}");
    }
}
