using System.Text;
using System.Text.Json;
using System.Xml;
using Wsgi.Conformance;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Probe;
using Wsgi.Conformance.Running;
using Wsgi.Conformance.Tests;

namespace Wsgi.Reports.Tests;

/// <summary>Real cases run against the suite's hostile server doubles (markup, NUL, invalid UTF-8 on
/// the wire); every report of the run parses and none carries the server's markup as markup.</summary>
public sealed class HostileServerTests
{
    [Theory]
    [InlineData(HostileServer.Behaviour.Garbage)]
    [InlineData(HostileServer.Behaviour.NotTheProbe)]
    public async Task Reports_of_a_run_against_a_hostile_server_parse(HostileServer.Behaviour behaviour)
    {
        using var server = new HostileServer(behaviour);
        using var probe = new ProbeClient(Target.Parse(server.Url), TimeSpan.FromSeconds(2));
        IReadOnlyList<Case> cases = [.. SuiteCatalogue.All.Take(6)];
        IReadOnlyList<CaseResult> results = await SuiteRunner.RunAsync(probe, cases, new RunOptions { Timeout = TimeSpan.FromSeconds(2), Parallel = 3 });
        var run = new RunResult { Version = "test", Target = server.Url, TargetDescription = "hostile", Started = DateTimeOffset.UtcNow, Complete = true, Cases = results };
        Assert.Contains(results, r => r.Evidence.Exchanges.Any(x => x.ReceivedBytes.Length > 0));

        var html = Render.Html(run);
        Assert.Single(html.Scripts);
        Assert.Empty(html.QuerySelectorAll("failure, b"));
        Assert.Equal(cases.Count, html.QuerySelectorAll("details.case").Length);
        Assert.Contains(html.QuerySelectorAll("pre.response"), p => p.TextContent.Contains("<script>", StringComparison.Ordinal));

        var junit = new XmlDocument();
        junit.LoadXml(Render.Text(Render.Named("junit"), run));
        Assert.Equal(cases.Count, junit.SelectNodes("//testcase")!.Count);
        using JsonDocument json = JsonDocument.Parse(Render.Text(Render.Named("json"), run));
        Assert.Equal(cases.Count, json.RootElement.GetProperty("cases").GetArrayLength());
        Assert.DoesNotContain('<', Render.Text(Render.Named("markdown"), run));
        Assert.True(Encoding.UTF8.GetByteCount(Render.Text(Render.Named("html"), run)) > 0);
    }
}
