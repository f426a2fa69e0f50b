using Wsgi.Catalogue;
using Wsgi.Conformance.Running;

namespace Wsgi.Conformance.Tests;

public sealed class CaseCatalogueTests
{
    [Fact]
    public void Case_ids_are_unique_rule_ids_or_rule_variants_and_there_are_at_least_120()
    {
        var ids = SuiteCatalogue.All.Select(c => c.Id).ToList();
        Assert.True(ids.Count >= 120, $"{ids.Count} cases");
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (Case c in SuiteCatalogue.All)
        {
            Assert.NotEmpty(c.Rules);
            Assert.True(c.Id == c.Rules[0].Id || c.Id.StartsWith(c.Rules[0].Id + "/", StringComparison.Ordinal), c.Id);
            Assert.All(c.Rules, r => Assert.NotEqual(Party.App, r.Party));
        }
    }

    [Fact]
    public void Globs_select_cases_and_a_glob_matching_nothing_is_an_error()
    {
        Assert.All(SuiteCatalogue.Select(["environ.path.*"]), c => Assert.StartsWith("environ.path.", c.Id));
        Assert.Equal(SuiteCatalogue.All.Count, SuiteCatalogue.Select([]).Count);
        var e = Assert.Throws<ArgumentException>(() => SuiteCatalogue.Select(["no.such.*"]));
        Assert.Contains("\"no.such.*\" matches no case", e.Message);
    }
}
