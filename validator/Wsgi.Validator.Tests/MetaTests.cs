using Wsgi.Apps.Broken;
using Wsgi.Catalogue;
using Wsgi.Validator.Judging;

namespace Wsgi.Validator.Tests;

/// <summary>The meta-test: every rule the validator claims to check is broken, alone, by a broken app
/// (app side) or a broken server double (server side), and caught with its id.</summary>
public sealed class MetaTests
{
    public static TheoryData<string> CheckedRuleIds => [.. Coverage.ValidatorRuleIds.Order(StringComparer.Ordinal)];

    public static TheoryData<string> ReactionRuleIds => [.. Coverage.ReactionRuleIds.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CheckedRuleIds))]
    public void Each_checked_rule_is_broken_alone_and_caught_with_its_id(string id)
    {
        Rule rule = Rules.Get(id);
        (object? app, Hosting.WsgiRequest request, Hosting.GatewayFaults? faults) = Case(rule);

        var (violations, _) = Exchange.Collect(app, request, faults);

        Assert.Equal([id], Exchange.Ids(violations));
        if (rule.Level is Level.Must or Level.MustNot)
        {
            (app, request, faults) = Case(rule);
            WsgiViolationException? thrown = Exchange.Strict(app, request, faults);
            Assert.NotNull(thrown);
            Assert.Equal(id, thrown.RuleId);
        }
    }

    [Theory]
    [MemberData(nameof(ReactionRuleIds))]
    public void Each_reaction_rule_is_caught_with_the_app_mistake_that_provokes_it(string id)
    {
        BrokenServer server = BrokenServers.Reactions[id];

        var (violations, _) = Exchange.Collect(server.CreateApp(), server.RequestOrDefault, server.Faults);

        string[] ids = Exchange.Ids(violations);
        Assert.Equal(2, ids.Length);
        Assert.Contains(id, ids);
        Assert.Contains(ids.Single(x => x != id), Coverage.ReactionRuleIds[id]);
        Assert.Equal(Party.Server, Rules.Get(id).Party);
    }

    [Fact]
    public void Every_covered_id_is_in_the_catalogue_and_there_are_at_least_60()
    {
        var catalogue = Rules.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(Coverage.ValidatorRuleIds, id => Assert.Contains(id, (IReadOnlySet<string>)catalogue));
        Assert.All(Coverage.ReactionRuleIds.Keys.Concat(Coverage.ReactionRuleIds.Values.SelectMany(v => v)), id => Assert.Contains(id, (IReadOnlySet<string>)catalogue));
        Assert.True(Coverage.ValidatorRuleIds.Count >= 60, $"the validator covers {Coverage.ValidatorRuleIds.Count} rules");
        Assert.All(Coverage.ReactionRuleIds.Keys, id => Assert.DoesNotContain(id, (IReadOnlySet<string>)Coverage.ValidatorRuleIds));
    }

    [Fact]
    public void Broken_apps_are_for_app_side_rules_and_broken_servers_for_server_side_ones()
    {
        Assert.All(BrokenApps.ByRuleId, kv =>
        {
            Assert.Equal(kv.Key, kv.Value.Rule.Id);
            Assert.Contains(kv.Key, (IReadOnlySet<string>)Coverage.ValidatorRuleIds);
            Assert.NotEqual(Party.Server, kv.Value.Rule.Party);
        });
        Assert.All(BrokenServers.ByRuleId.Keys, id =>
        {
            Assert.Contains(id, (IReadOnlySet<string>)Coverage.ValidatorRuleIds);
            Assert.Equal(Party.Server, Rules.Get(id).Party);
        });
        Assert.Equal(
            Coverage.ValidatorRuleIds.Order(StringComparer.Ordinal),
            BrokenApps.ByRuleId.Keys.Concat(BrokenServers.ByRuleId.Keys).Order(StringComparer.Ordinal));
    }

    private static (object? App, Hosting.WsgiRequest Request, Hosting.GatewayFaults? Faults) Case(Rule rule)
    {
        if (rule.Party == Party.Server)
        {
            Assert.True(BrokenServers.ByRuleId.TryGetValue(rule.Id, out BrokenServer? server), $"no broken server double for {rule.Id}");
            return (server.CreateApp(), server.RequestOrDefault, server.Faults);
        }

        Assert.True(BrokenApps.ByRuleId.TryGetValue(rule.Id, out BrokenApp? app), $"no broken app for {rule.Id}");
        return (app.Create(), app.RequestOrDefault, null);
    }
}
