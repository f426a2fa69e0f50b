using Wsgi.Catalogue;
using Wsgi.Validator.Judging;

namespace Wsgi.Conformance.Cli;

/// <summary>What checks each rule: the validator (the judge's coverage, including the server rules it
/// judges as a reaction to an app's mistake); later, suite case ids.</summary>
internal static class RuleCoverage
{
    /// <summary>The checkers of <paramref name="rule"/>, in a stable order.</summary>
    public static IReadOnlyList<string> CheckedBy(Rule rule) =>
        Coverage.ValidatorRuleIds.Contains(rule.Id) || Coverage.ReactionRuleIds.ContainsKey(rule.Id) ? ["validator"] : [];
}
