using Wsgi.Apps.Tests.Infrastructure;
using Wsgi.Catalogue;
using Wsgi.Validator.Tracing;

namespace Wsgi.Apps.Tests;

/// <summary>reference-apps/python/wsgi_recorder.py around a Python app under wsgiref: one trace per
/// exchange that TraceJson reads and TraceReplay judges.</summary>
public sealed class RecorderTests
{
    private const string BadApp = """
        import wsgi_recorder
        def bad(environ, start_response):
            start_response("200OK", [("Content-Type", "text/plain")])
            return [b"bad status\n"]
        app = wsgi_recorder.Recorder(bad, folder)
        """;

    [Fact]
    public async Task Hello_world_under_the_recorder_gives_a_clean_trace()
    {
        using var folder = new TempFolder("wsgi-recorder");
        using (PythonServer server = await PythonServer.StartAsync(Repo.Python3, "import hello, wsgi_recorder; app = wsgi_recorder.Recorder(hello.application, folder)", folder.Path))
        {
            using HttpClient http = ProbeHttp.Client();
            Assert.Equal("Hello, world!\n", await http.GetStringAsync(server.Uri));
        }

        Trace trace = TraceJson.Read(await SingleTraceAsync(folder.Path));

        Assert.Equal("recorder", trace.Source);
        Assert.Equal(
            ["invoke", "start_response", "app.return", "iter", "next", "item", "next", "iter.end", "end"],
            trace.Events.Select(e => e.Kind));
        Assert.Equal("write", trace.Events[1].Result);
        Assert.Equal(1L, trace.Events[2].Result);

        // hello.py returns a list, which has no close(): the recorder records no close event for it.
        Assert.Empty(TraceReplay.Judge(trace).Select(v => v.ToString()));
    }

    [Fact]
    public async Task A_bad_status_under_the_recorder_breaks_start_response_status_format()
    {
        using var folder = new TempFolder("wsgi-recorder");
        using (PythonServer server = await PythonServer.StartAsync(Repo.Python3, BadApp, folder.Path))
        {
            using HttpClient http = ProbeHttp.Client();
            using HttpResponseMessage response = await http.GetAsync(server.Uri);
            Assert.Equal(500, (int)response.StatusCode);
        }

        Trace trace = TraceJson.Read(await SingleTraceAsync(folder.Path));
        var violations = TraceReplay.Judge(trace);

        Assert.Contains(violations, v => v.RuleId == "start_response.status.format" && v.Rule.Party == Party.App);
        Assert.StartsWith("AssertionError", trace.Events.Single(e => e.Kind == EventKinds.StartResponse).Error, StringComparison.Ordinal);
    }

    private static async Task<string> SingleTraceAsync(string folder)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (true)
        {
            string[] files = Directory.GetFiles(folder, "*.json");
            if (files.Length == 1)
            {
                return await File.ReadAllTextAsync(files[0]);
            }

            Assert.True(files.Length == 0 && DateTime.UtcNow < deadline, $"expected one trace in {folder}; found {files.Length}");
            await Task.Delay(25);
        }
    }
}
