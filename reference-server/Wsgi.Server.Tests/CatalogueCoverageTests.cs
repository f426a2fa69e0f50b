using System.Reflection;
using Wsgi.Catalogue;
using Xunit.Abstractions;

namespace Wsgi.Server.Tests;

/// <summary>Every test is named by a rule id (<c>rule.id</c> or <c>rule.id/variant</c>, as a
/// display name or a theory's first argument); the ids must exist in the catalogue. Prints which
/// observable server rules have a test here.</summary>
public sealed class CatalogueCoverageTests(ITestOutputHelper output)
{
    private static readonly string[] NotRuleIds = ["property"];

    internal static IReadOnlySet<string> CoveredIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var method in typeof(CatalogueCoverageTests).Assembly.GetTypes().SelectMany(t => t.GetMethods()))
        {
            if (method.GetCustomAttribute<FactAttribute>() is { } fact && fact.DisplayName is { } display)
            {
                ids.Add(display.Split('/', ' ')[0]);
            }

            foreach (var data in method.GetCustomAttributes<InlineDataAttribute>())
            {
                if (data.GetData(method).First()[0] is string first && first.Contains('.'))
                {
                    ids.Add(first.Split('/')[0]);
                }
            }
        }

        ids.ExceptWith(NotRuleIds);
        ids.Remove("catalogue");
        return ids;
    }

    [Fact(DisplayName = "catalogue/every test id is a rule id")]
    public void EveryIdIsARule()
    {
        var covered = CoveredIds();
        Assert.DoesNotContain(covered, id => Rules.Find(id) is null);

        var serverRules = Rules.All.Where(r => r.Party is Party.Server or Party.Both && r.IsObservable).ToList();
        var missing = serverRules.Where(r => !covered.Contains(r.Id)).Select(r => $"{r.Id} ({r.LevelText}, {r.Observability})").ToList();
        output.WriteLine($"{serverRules.Count(r => covered.Contains(r.Id))} of {serverRules.Count} observable server rules have a test; without one:");
        missing.ForEach(output.WriteLine);
    }
}
