namespace Wsgi.Reports;

/// <summary>How a case's outcome compares with its baseline.</summary>
public enum BaselineChange
{
    /// <summary>The outcome the baseline expects.</summary>
    Same,

    /// <summary>Worse than expected (pass to warn, warn to fail, pass to error ...): the run exits 1.</summary>
    Regression,

    /// <summary>Better than expected (a known failure now passes): time to update the baseline.</summary>
    Fix,

    /// <summary>Different but as bad (pass and info, fail and error): marked, not a regression.</summary>
    Changed,
}
