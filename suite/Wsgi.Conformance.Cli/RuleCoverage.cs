using System.Collections.Frozen;
using Wsgi.Catalogue;
using Wsgi.Validator.Judging;

namespace Wsgi.Conformance.Cli;

/// <summary>What checks each rule: the validator (the judge's coverage, including the server rules it
/// judges as a reaction to an app's mistake), the reference server's tests, and the suite's cases by id.</summary>
internal static class RuleCoverage
{
    private static readonly FrozenSet<string> ServerTested = ReadServerTested();

    private static readonly FrozenDictionary<string, string[]> SuiteCases = SuiteCatalogue.All
        .SelectMany(c => c.Rules.Select(r => (Rule: r.Id, Case: c.Id)))
        .GroupBy(x => x.Rule)
        .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Case).ToArray(), StringComparer.Ordinal);

    /// <summary>The checkers of <paramref name="rule"/>, in a stable order: <c>validator</c>,
    /// <c>reference-server-tests</c>, then <c>suite:CASE_ID</c> for each suite case.</summary>
    public static IReadOnlyList<string> CheckedBy(Rule rule)
    {
        var by = new List<string>();
        if (Coverage.ValidatorRuleIds.Contains(rule.Id) || Coverage.ReactionRuleIds.ContainsKey(rule.Id))
        {
            by.Add("validator");
        }

        if (ServerTested.Contains(rule.Id))
        {
            by.Add("reference-server-tests");
        }

        by.AddRange(SuiteCases.GetValueOrDefault(rule.Id, []).Select(c => "suite:" + c));
        return by;
    }

    private static FrozenSet<string> ReadServerTested()
    {
        using Stream? stream = typeof(RuleCoverage).Assembly.GetManifestResourceStream("reference-server-covered-rules.txt");
        if (stream is null)
        {
            return FrozenSet<string>.Empty;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#')).ToFrozenSet(StringComparer.Ordinal);
    }
}
