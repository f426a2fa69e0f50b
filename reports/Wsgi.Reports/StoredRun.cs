namespace Wsgi.Reports;

/// <summary>A run read back from its results.json.</summary>
/// <param name="Path">The results.json file.</param>
/// <param name="Target">The URL tested.</param>
/// <param name="TargetDescription">The server's description, when known.</param>
/// <param name="Started">When the run started (as written).</param>
/// <param name="Version">The tool version that wrote it.</param>
/// <param name="Complete">Whether the run finished.</param>
/// <param name="Cases">The cases in run order.</param>
public sealed record StoredRun(string Path, string Target, string? TargetDescription, string Started, string Version, bool Complete, IReadOnlyList<StoredCase> Cases)
{
    /// <summary>The folder holding results.json (and report.html).</summary>
    public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) ?? ".";
}
