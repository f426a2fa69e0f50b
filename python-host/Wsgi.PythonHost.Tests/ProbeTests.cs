using System.Net;
using System.Text;
using Wsgi.Python;
using Wsgi.PythonHost.Tests.Infrastructure;
using Wsgi.Server;
using Wsgi.Validator.Tracing;

namespace Wsgi.PythonHost.Tests;

/// <summary>reference-apps/python/wsgi_probe.py hosted in process and served by the reference
/// server: its scenarios run (docs/PROBE.md), and the complete traces it stores are judged clean.</summary>
[Collection(PythonCollection.Name)]
public sealed class ProbeTests(PythonFixture python) : IAsyncLifetime
{
    private WsgiServerHandle? _server;
    private readonly HttpClient _http = new();

    private Uri Root => _server!.Uri;

    public async Task InitializeAsync() =>
        _server = await WsgiServer.StartAsync(python.Runtime.LoadApp("wsgi_probe:application"), new WsgiServerOptions { Errors = TextWriter.Null });

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server!.DisposeAsync();
    }

    [Fact]
    public async Task The_default_scenario_answers_a_trace_showing_the_environ_the_app_got()
    {
        using var response = await _http.GetAsync(Root);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Probe-Version")));
        var trace = TraceJson.Read(await response.Content.ReadAsStringAsync());
        var environ = Assert.IsType<PyDict>(trace.Environ);
        Assert.Equal("(1, 0)", Py.Repr(environ["wsgi.version"]));
        Assert.Equal("GET", environ["REQUEST_METHOD"]);
        var input = Assert.IsType<PyOpaque>(environ["wsgi.input"]);
        Assert.Equal("wsgi_conformance_host.Input", input.TypeName);
        Assert.Equal(["read", "readline", "readlines", "__iter__", "close"], input.Attributes);
        var errors = Assert.IsType<PyOpaque>(environ["wsgi.errors"]);
        Assert.Equal(["write", "writelines", "flush", "close"], errors.Attributes);
        Assert.Equal(["__call__"], Assert.IsType<PyOpaque>(environ["wsgi.file_wrapper"]).Attributes);
        Assert.Equal("python", trace.Meta["implementation"]);
    }

    [Fact]
    public async Task Input_errors_write_and_a_streamed_body_give_a_clean_trace()
    {
        string id = NewId();
        using var request = Request(HttpMethod.Post, $$"""
            {"id": "{{id}}", "respond": "scenario", "input": [["read", 5], ["readline"]],
             "errors": [["write", "from the probe\n"], ["flush"]], "write": ["w1"],
             "body": [{"data": "b1"}, {"data": "b2"}]}
            """);
        request.Content = new ByteArrayContent("hello world\nrest"u8.ToArray());

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("w1b1b2", await response.Content.ReadAsStringAsync());
        var trace = await FetchAsync(id);
        var read = trace.Events.First(e => e.Kind == "input.read");
        Assert.Equal("hello"u8.ToArray(), read.Result);
        Assert.Equal(" world\n"u8.ToArray(), trace.Events.First(e => e.Kind == "input.readline").Result);
        Assert.Empty(TraceReplay.Judge(trace));
    }

    [Fact]
    public async Task A_file_wrapper_scenario_sends_the_file_and_closes_it()
    {
        string id = NewId();
        using var request = Request(HttpMethod.Get, $$$"""{"id": "{{{id}}}", "respond": "scenario", "file_wrapper": {"size": 25, "block_size": 7}}""");

        using var response = await _http.SendAsync(request);

        Assert.Equal("0123456789012345678901234", await response.Content.ReadAsStringAsync());
        var trace = await FetchAsync(id);
        Assert.Contains(trace.Events, e => e.Kind == "file_wrapper");
        Assert.Contains(trace.Events, e => e.Kind == "close");
        Assert.Empty(TraceReplay.Judge(trace));
    }

    [Fact]
    public async Task Start_response_with_exc_info_after_a_body_step_re_raises_the_probes_own_exception()
    {
        string id = NewId();
        using var request = Request(HttpMethod.Get, $$$"""
            {"id": "{{{id}}}", "respond": "scenario", "body": [{"data": "x"}, {"data": "y"}],
             "start_again": {"exc_info": true, "after": 1}}
            """);

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The server drops the connection after "x": the body is cut short.
        await Assert.ThrowsAnyAsync<Exception>(() => response.Content.ReadAsStringAsync());

        var trace = await FetchAsync(id);
        var again = trace.Events.Where(e => e.Kind == "start_response").Last();
        Assert.Equal("RuntimeError: probe: start_again with exc_info", again.Error);
        Assert.Empty(TraceReplay.Judge(trace));
    }

    private static string NewId() => "pyhost-" + Guid.NewGuid().ToString("N");

    private HttpRequestMessage Request(HttpMethod method, string scenario)
    {
        var request = new HttpRequestMessage(method, Root);
        string json = string.Join(" ", scenario.Split('\n').Select(l => l.Trim()));
        request.Headers.Add("X-Probe", Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
        return request;
    }

    /// <summary>The complete trace stored under <paramref name="id"/> (stored at close(), which may
    /// come just after the client has the response).</summary>
    private async Task<Trace> FetchAsync(string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Root);
            request.Headers.Add("X-Probe-Fetch", id);
            using var response = await _http.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return TraceJson.Read(await response.Content.ReadAsStringAsync());
            }

            Assert.True(DateTime.UtcNow < deadline, $"no trace stored under {id} after 10 s");
            await Task.Delay(20);
        }
    }
}
