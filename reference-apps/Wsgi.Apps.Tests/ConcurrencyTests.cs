using System.Text;
using Wsgi.Apps.Probe;
using Wsgi.Apps.Tests.Infrastructure;
using Wsgi.Server;
using Wsgi.Validator.Tracing;

namespace Wsgi.Apps.Tests;

/// <summary>Traces are stored outside process memory, so a trace recorded by one worker process can be
/// fetched from another, and concurrent exchanges in threads keep their traces apart.</summary>
public sealed class ConcurrencyTests
{
    private static ProbeCase Sleepy(int i) =>
        new($"concurrent{i}", $$"""{"respond":"scenario","body":[{"data":"n{{i}}-"},{"sleep_ms":40},{"data":"end"}]}""", ResponseBody: $"n{i}-end");

    [Fact]
    public async Task Two_python_worker_processes_share_the_trace_folder_and_threads_keep_traces_apart()
    {
        using var folder = new TempFolder("wsgi-probe-workers");
        const string Setup = "import wsgi_probe; app = wsgi_probe.application";
        using PythonServer a = await PythonServer.StartAsync(Repo.Python3, Setup, folder.Path, threaded: true);
        using PythonServer b = await PythonServer.StartAsync(Repo.Python3, Setup, folder.Path, threaded: true);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            ProbeCase c = Sleepy(i);
            string id = $"{c.Name}-{Guid.NewGuid():N}";
            using HttpClient http = ProbeHttp.Client();
            using var request = new HttpRequestMessage(HttpMethod.Get, i % 2 == 0 ? a.Uri : b.Uri);
            request.Headers.Add("X-Probe", ProbeHttp.Header(c.ScenarioWithId(id)));
            using HttpResponseMessage response = await http.SendAsync(request);
            Assert.Equal(c.ResponseBody, await response.Content.ReadAsStringAsync());

            // Fetched from the other process.
            Trace trace = TraceJson.Read(await ProbeHttp.FetchAsync(i % 2 == 0 ? b.Uri : a.Uri, id));
            Assert.Equal(c.ResponseBody, string.Concat(trace.Events.Where(e => e.Kind == EventKinds.Item).Select(e => Encoding.Latin1.GetString((byte[])e.Args[0]!))));
        }));
    }

    [Fact]
    public async Task The_csharp_probe_keeps_concurrent_traces_apart_under_the_reference_server()
    {
        using var folder = new TempFolder("wsgi-probe-threads");
        await using WsgiServerHandle server = await WsgiServer.StartAsync(new ProbeApp(folder.Path), new WsgiServerOptions { Errors = TextWriter.Null });

        await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            ProbeOutcome outcome = await ProbeHttp.RunAsync(server.Uri, Sleepy(i));
            Assert.Equal(Sleepy(i).ResponseBody, Encoding.Latin1.GetString(outcome.Body));
            Assert.Equal(Sleepy(i).ResponseBody, string.Concat(outcome.StoredTrace.Events.Where(e => e.Kind == EventKinds.Item).Select(e => Encoding.Latin1.GetString((byte[])e.Args[0]!))));
        }));
    }
}
