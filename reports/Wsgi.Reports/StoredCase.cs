using Wsgi.Conformance.Running;

namespace Wsgi.Reports;

/// <summary>One case as results.json recorded it (the part the matrix and baselines need).</summary>
/// <param name="Id">The case id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Section">The PEP section, <c>N. Title</c>.</param>
/// <param name="Rules">The rule ids.</param>
/// <param name="Level">The most severe level, as the PEP spells it.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Message">The one-line message.</param>
public sealed record StoredCase(string Id, string Title, string Section, IReadOnlyList<string> Rules, string Level, Outcome Outcome, string Message)
{
    /// <summary>The section's number (the <c>N</c> of <c>N. Title</c>; 0 when there is none).</summary>
    public int SectionNumber => int.TryParse(Section.AsSpan(0, Math.Max(0, Section.IndexOf('.', StringComparison.Ordinal))), System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : 0;
}
