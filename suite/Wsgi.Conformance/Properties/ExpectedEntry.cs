using Wsgi.Catalogue;

namespace Wsgi.Conformance.Properties;

/// <summary>What the oracle requires of one environ key.</summary>
/// <param name="Key">The environ key.</param>
/// <param name="Accepted">The values a correct server may give; <c>null</c> stands for "absent".</param>
/// <param name="Rule">The rule a different value breaks.</param>
/// <param name="Diagnoses">Known wrong values that break a more specific rule (the undecoded path breaks
/// environ.path.url_decoded, the whole absolute-form target environ.PATH_INFO.request_target_forms).</param>
public sealed record ExpectedEntry(string Key, IReadOnlyList<string?> Accepted, Rule Rule, IReadOnlyList<(string Value, Rule Rule)> Diagnoses)
{
    /// <summary>An entry with no diagnoses.</summary>
    public ExpectedEntry(string key, IReadOnlyList<string?> accepted, Rule rule)
        : this(key, accepted, rule, [])
    {
    }

    /// <summary>The rule broken by <paramref name="actual"/> (a value not accepted).</summary>
    public Rule RuleFor(object? actual) => Diagnoses.FirstOrDefault(d => actual is string s && s == d.Value).Rule ?? Rule;
}
