using Wsgi.Validator.Judging;

namespace Wsgi.Conformance.Running;

/// <summary>The verdict of one case.</summary>
/// <param name="Case">The case.</param>
/// <param name="Outcome">Its outcome.</param>
/// <param name="Message">One line: the first violation, the reason for an error, or what was recorded.</param>
/// <param name="Evidence">What the case saw.</param>
/// <param name="DurationMs">How long it took.</param>
public sealed record CaseResult(Case Case, Outcome Outcome, string Message, Evidence Evidence, double DurationMs)
{
    /// <summary>The violations of the case's own rules.</summary>
    public IEnumerable<Violation> RelevantViolations => Evidence.Violations.Where(v => Case.Rules.Contains(v.Rule));

    /// <summary>Decides the outcome from the evidence and the rules' levels.</summary>
    public static CaseResult Judge(Case c, Evidence e, double durationMs)
    {
        if (e.Error is not null)
        {
            return new(c, Outcome.Error, e.Error, e, durationMs);
        }

        Violation[] relevant = [.. e.Violations.Where(v => c.Rules.Contains(v.Rule))];
        if (relevant.FirstOrDefault(v => v.IsFatal) is { } fatal)
        {
            return new(c, Outcome.Fail, fatal.ToString(), e, durationMs);
        }

        if (relevant.Length > 0)
        {
            return new(c, Outcome.Warn, relevant[0].ToString(), e, durationMs);
        }

        if (e.Unsupported is not null)
        {
            return new(c, Outcome.Unsupported, e.Unsupported, e, durationMs);
        }

        if (c.Rules.All(r => r.Level == Wsgi.Catalogue.Level.May))
        {
            return new(c, Outcome.Info, e.Notes.Count > 0 ? string.Join("; ", e.Notes) : "recorded", e, durationMs);
        }

        return new(c, Outcome.Pass, e.Notes.Count > 0 ? string.Join("; ", e.Notes) : "", e, durationMs);
    }
}
