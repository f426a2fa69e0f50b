using System.Collections.Frozen;

namespace Wsgi.Validator.Judging;

/// <summary>Which catalogue rules the judge checks. The meta-test proves every id here is
/// triggered by a broken app or a broken server double, and never by the good apps.</summary>
public static class Coverage
{
    /// <summary>The ids of every rule the judge (and so the validator) checks.</summary>
    public static FrozenSet<string> ValidatorRuleIds { get; } = ExchangeJudge.CheckedRuleIds.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Server rules checked only as a reaction to an app's mistake, each with the app rules that
    /// provoke it (see <see cref="ExchangeJudge.ReactionRuleIds"/>); not in <see cref="ValidatorRuleIds"/>.</summary>
    public static IReadOnlyDictionary<string, string[]> ReactionRuleIds => ExchangeJudge.ReactionRuleIds;
}
