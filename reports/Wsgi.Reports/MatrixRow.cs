namespace Wsgi.Reports;

/// <summary>One case across the servers: a cell per column, null where that run has no such case.</summary>
/// <param name="Id">The case id.</param>
/// <param name="Title">Its title (from the first run that has it).</param>
/// <param name="Section">Its PEP section.</param>
/// <param name="SectionNumber">The section's number, for ordering.</param>
/// <param name="Level">Its most severe level.</param>
/// <param name="Cells">One per column.</param>
public sealed record MatrixRow(string Id, string Title, string Section, int SectionNumber, string Level, IReadOnlyList<StoredCase?> Cells)
{
    /// <summary>Whether the row says something: a server failed, warned, lacked the feature or could not be
    /// decided, or the servers that ran the case disagree (a case a run did not include is left out).</summary>
    public bool Notable
    {
        get
        {
            var present = Cells.OfType<StoredCase>().Select(c => c.Outcome).ToList();
            return present.Any(o => o is not (Wsgi.Conformance.Running.Outcome.Pass or Wsgi.Conformance.Running.Outcome.Info)) || present.Distinct().Count() > 1;
        }
    }
}
