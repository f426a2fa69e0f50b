using System.Text;
using Wsgi.Apps.Tests.Infrastructure;
using Wsgi.Catalogue;
using Wsgi.Validator.Tracing;

namespace Wsgi.Apps.Tests;

/// <summary>The Python probe under wsgiref and the C# probe under the reference server run the same
/// scenarios and record the same traces (docs/PROBE.md: "for the same scenario they give the same events").</summary>
public sealed class ProbeAgreementTests(ProbeServers servers) : IClassFixture<ProbeServers>
{
    [Theory]
    [MemberData(nameof(ProbeCases.Names), MemberType = typeof(ProbeCases))]
    public async Task Python_and_csharp_probes_record_the_same_trace(string name)
    {
        ProbeCase c = ProbeCases.Get(name);
        ProbeOutcome python = await ProbeHttp.RunAsync(servers.Python, c);
        ProbeOutcome csharp = await ProbeHttp.RunAsync(servers.CSharp, c);

        foreach (var (who, outcome) in new[] { ("python", python), ("csharp", csharp) })
        {
            if (c.Status is int status)
            {
                Assert.True(status == outcome.Status, $"{who}: status {outcome.Status?.ToString() ?? outcome.Failure}, expected {status}; events: {Events(outcome.StoredTrace)}");
            }

            if (c.ResponseBody is { } expected)
            {
                Assert.Equal(expected, Encoding.Latin1.GetString(outcome.Body));
            }

            Assert.Equal("probe", outcome.StoredTrace.Source);
            Assert.Equal(EventKinds.End, outcome.StoredTrace.Events[^1].Kind);
            Assert.Empty(TraceComparer.MissingEnvironKeys(outcome.StoredTrace));
            Assert.Contains($"\"implementation\":", outcome.StoredJson, StringComparison.Ordinal);
        }

        Assert.True(TraceComparer.Differences(python.StoredTrace, csharp.StoredTrace) is { Count: 0 } diffs,
            $"stored traces differ:\n{string.Join("\n", TraceComparer.Differences(python.StoredTrace, csharp.StoredTrace))}\n{servers.PythonStderr}");
        if (c.TraceMode)
        {
            Assert.NotNull(python.BodyTrace);
            Assert.NotNull(csharp.BodyTrace);
            Assert.Empty(TraceComparer.Differences(python.BodyTrace, csharp.BodyTrace));
            Assert.Equal(EventKinds.Next, python.BodyTrace.Events[^1].Kind);
        }
    }

    [Theory]
    [MemberData(nameof(ProbeCases.Names), MemberType = typeof(ProbeCases))]
    public async Task The_probe_breaks_no_app_rule_and_the_reference_server_no_rule_at_all(string name)
    {
        ProbeCase c = ProbeCases.Get(name);
        ProbeOutcome python = await ProbeHttp.RunAsync(servers.Python, c);
        ProbeOutcome csharp = await ProbeHttp.RunAsync(servers.CSharp, c);

        Assert.Empty(TraceReplay.Judge(python.StoredTrace).Where(v => v.Rule.Party != Party.Server).Select(v => v.ToString()));
        Assert.Empty(TraceReplay.Judge(csharp.StoredTrace).Select(v => v.ToString()));
    }

    private static string Events(Trace trace) => string.Join(", ", trace.Events.Select(e => e.Error is null ? e.Kind : $"{e.Kind} ({e.Error})"));
}
