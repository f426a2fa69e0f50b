using System.Text.Json;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Probe;
using Wsgi.Conformance.Running;
using Wsgi.Conformance.Targets;

namespace Wsgi.Conformance.Tests;

/// <summary>CI against real servers: wsgiref, gunicorn and waitress, each started from its target
/// profile, run through every case and compared outcome by outcome with the committed
/// <c>baselines/NAME.json</c>. Any change fails (a fix too: update the baseline with
/// scripts/update-baselines after checking it), the generated-request cases included (one seed
/// gives the same requests in every run). The stop must leave no process of the server's
/// groups behind.</summary>
public sealed class TargetBaselineTests
{
    public static TheoryData<string> Targets => ["wsgiref", "gunicorn-sync", "waitress"];

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Every_outcome_matches_the_committed_baseline(string name)
    {
        TargetProfile profile = TargetCatalogue.Find(name)!;
        string? missing = await TargetInstallation.MissingAsync(profile, CancellationToken.None);
        Assert.True(missing is null, $"{name} is not installed ({missing}): run scripts/install-servers");
        Dictionary<string, string> expected = ReadBaseline(name);
        string log = Path.Combine(Directory.CreateTempSubdirectory($"baseline-{name}-").FullName, "server.log");

        RunningTarget server = await RunningTarget.StartAsync(profile, Repo.Path(ProbeFile.RelativePath), log, CancellationToken.None);
        IReadOnlyList<int> groups = server.ProcessGroups;
        IReadOnlyList<CaseResult> results;
        try
        {
            using var probe = new ProbeClient(Target.Parse(server.Url.ToString()), TimeSpan.FromSeconds(5));
            results = await SuiteRunner.RunAsync(probe, SuiteCatalogue.All, new RunOptions { Parallel = profile.Parallel, Timeout = TimeSpan.FromSeconds(5) });
        }
        finally
        {
            Assert.Empty(server.Stop());
        }

        Assert.All(groups, g => Assert.Empty(ProcessTable.Members(g)));
        var actual = results.ToDictionary(r => r.Case.Id, r => Reports.ResultsJson.Name(r.Outcome), StringComparer.Ordinal);
        var changes = expected.Keys.Union(actual.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(id => expected.GetValueOrDefault(id) != actual.GetValueOrDefault(id))
            .Select(id => $"{id}: baseline {expected.GetValueOrDefault(id) ?? "(none)"}, now {actual.GetValueOrDefault(id) ?? "(no such case)"}"
                + (results.FirstOrDefault(r => r.Case.Id == id) is { } r ? $" ({(r.Message.Length > 200 ? r.Message[..200] + "…" : r.Message)})" : ""))
            .ToList();
        Assert.True(changes.Count == 0,
            $"{name}: {changes.Count} outcomes differ from baselines/{name}.json (server log: {log}); check each, then scripts/matrix {name} && scripts/update-baselines {name}:\n"
            + string.Join("\n", changes));
        File.Delete(log);
    }

    private static Dictionary<string, string> ReadBaseline(string name)
    {
        string path = Repo.Path("baselines", name + ".json");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} must be one JSON object of case id to outcome");
    }
}
