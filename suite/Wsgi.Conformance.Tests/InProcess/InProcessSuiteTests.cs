using System.Net;
using System.Text;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Probe;
using Wsgi.Conformance.Running;
using Wsgi.Python;
using Wsgi.Server;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Middleware;

namespace Wsgi.Conformance.Tests.InProcess;

/// <summary>Python apps hosted in process on the reference server: the Python probe passes the whole suite, and the
/// framework samples answer their routes through a strict validator that finds nothing.</summary>
[Collection(PythonInProcess.Collection)]
public sealed class InProcessSuiteTests(PythonInProcess python)
{
    [Fact]
    public async Task The_reference_server_hosting_the_Python_probe_in_process_passes_the_whole_suite()
    {
        await using WsgiServerHandle server = await WsgiServer.StartAsync(python.Runtime.LoadApp("wsgi_probe:application"), new WsgiServerOptions { Errors = TextWriter.Null });
        using var probe = new ProbeClient(Target.Parse(server.Uri.ToString()), TimeSpan.FromSeconds(5));
        await probe.CheckAsync(CancellationToken.None); // The Python probe answers, in the protocol version the harness speaks.

        // One interpreter thread runs all Python work, so a case whose app sleeps holds up the others: one case at a
        // time, as for any single-threaded server (with 4 at once, iterable.no_block_delay sees another case's 800 ms sleep).
        IReadOnlyList<CaseResult> results = await SuiteRunner.RunAsync(probe, SuiteCatalogue.All, new RunOptions { Parallel = 1 }, null, CancellationToken.None);

        Assert.Equal(SuiteCatalogue.All.Count, results.Count);
        Assert.All(results, r => Assert.True(r.Outcome is Outcome.Pass or Outcome.Info, $"{r.Case.Id}: {r.Outcome}: {r.Message}"));
    }

    public static TheoryData<string> Frameworks => ["flask_app", "django_app", "bottle_app", "falcon_app", "pyramid_app", "webob_app"];

    [Theory]
    [MemberData(nameof(Frameworks))]
    public async Task Framework_samples_answer_correctly_through_a_strict_validator(string module)
    {
        var log = new ViolationLog(strict: true);
        var app = new ValidatorMiddleware(python.Runtime.LoadApp(module + ":application"), new ValidatorOptions { Mode = ValidatorMode.Strict, Sink = log });
        await using WsgiServerHandle server = await WsgiServer.StartAsync(app, new WsgiServerOptions { Errors = TextWriter.Null });
        using var http = new HttpClient { BaseAddress = server.Uri, Timeout = TimeSpan.FromSeconds(30) };
        string framework = module[..module.IndexOf('_', StringComparison.Ordinal)];

        Assert.Equal($"hello from {framework}\n", (await http.GetStringAsync("/")).ToLowerInvariant());
        Assert.Contains("\"hello\":", (await http.GetStringAsync("/json?name=x")).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("chunk 1\nchunk 2\nchunk 3\n", await http.GetStringAsync("/stream"));
        Assert.Contains("def ", await http.GetStringAsync("/file"), StringComparison.Ordinal);
        Assert.Equal("caf\u00e9", await http.GetStringAsync("/unicode/caf%C3%A9"));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/missing")).StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, (await http.GetAsync("/error")).StatusCode);
        using var posted = await http.PostAsync("/echo", new ByteArrayContent(Encoding.Latin1.GetBytes("binary \u00ff\0 body")));
        Assert.Equal(Encoding.Latin1.GetBytes("binary \u00ff\0 body"), await posted.Content.ReadAsByteArrayAsync());

        Assert.Empty(log.Violations);
    }
}
