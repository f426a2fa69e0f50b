using System.Diagnostics;
using Wsgi.Conformance.Running;
using Xunit.Abstractions;

namespace Wsgi.Conformance.Tests.Properties;

/// <summary>Every property case passes against the reference server with 1,000 examples (the issue's
/// bar); the throughput of that run is written to the test output.</summary>
public sealed class ReferenceServerPropertyCases(ReferenceServerFixture server, ITestOutputHelper output) : IClassFixture<ReferenceServerFixture>
{
    [Fact]
    public async Task Every_property_case_passes_with_1000_examples()
    {
        Case[] cases = [.. SuiteCatalogue.All.Where(c => c.Id.EndsWith("/property", StringComparison.Ordinal))];
        var clock = Stopwatch.StartNew();

        CaseResult[] results = await Task.WhenAll(cases.Select(c =>
            SuiteRunner.RunOneAsync(server.Probe, c, new RunOptions { Timeout = TimeSpan.FromSeconds(10), Examples = 1000 }, CancellationToken.None)));

        output.WriteLine($"{cases.Length} property cases x 1000 examples in {clock.Elapsed.TotalSeconds:0.00} s: {cases.Length * 1000 / clock.Elapsed.TotalSeconds:0} examples/s");
        Assert.True(cases.Length >= 5, $"{cases.Length} property cases");
        Assert.All(results, r => Assert.True(r.Outcome == Outcome.Pass, $"{r.Case.Id}: {r.Outcome}: {r.Message}"));
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_requests_and_another_seed_others()
    {
        Case c = SuiteCatalogue.All.Single(x => x.Id == "input.chunked_decoded/property");
        async Task<string> RunAsync(int seed)
        {
            CaseResult r = await SuiteRunner.RunOneAsync(server.Probe, c, new RunOptions { Seed = seed, Examples = 50 }, CancellationToken.None);
            Assert.Equal(Outcome.Pass, r.Outcome);
            return r.Message;
        }

        string first = await RunAsync(7);

        Assert.Equal(first, await RunAsync(7));
        Assert.NotEqual(first, await RunAsync(8));
    }
}
