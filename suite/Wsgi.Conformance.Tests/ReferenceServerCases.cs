using Wsgi.Conformance.Running;

namespace Wsgi.Conformance.Tests;

/// <summary>Every suite case as an xunit row, against the reference server hosting the C# probe:
/// all must pass (or record info, or find an optional feature unsupported).</summary>
public sealed class ReferenceServerCases(ReferenceServerFixture server) : IClassFixture<ReferenceServerFixture>
{
    public static TheoryData<string> CaseIds => [.. SuiteCatalogue.All.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task Case_passes_against_the_reference_server(string id)
    {
        Case c = SuiteCatalogue.All.Single(x => x.Id == id);

        CaseResult result = await SuiteRunner.RunOneAsync(server.Probe, c, new RunOptions { Timeout = TimeSpan.FromSeconds(5) }, CancellationToken.None);

        Assert.True(result.Outcome is Outcome.Pass or Outcome.Info or Outcome.Unsupported, $"{result.Outcome}: {result.Message}");
    }
}
