namespace Wsgi.Reports;

/// <summary>One server of the matrix: a run read back, its name (the run's folder), the link to its
/// report.html from the matrix's folder, and the baseline it is compared with.</summary>
/// <param name="Name">The column heading.</param>
/// <param name="Run">The run.</param>
/// <param name="ReportHref">report.html relative to the matrix's folder, '/'-separated.</param>
/// <param name="Baseline">The expected outcomes of this server, when given.</param>
public sealed record MatrixColumn(string Name, StoredRun Run, string ReportHref, Baseline? Baseline)
{
    /// <summary>How this column's outcome for <paramref name="c"/> compares with its baseline (null without one).</summary>
    public BaselineChange? Change(StoredCase c) => Baseline?.Compare(c.Id, c.Outcome);
}
