namespace Wsgi.Conformance.Probe;

/// <summary>A second start_response call in a scenario.</summary>
/// <param name="Status">Its status line.</param>
/// <param name="Headers">Its headers.</param>
/// <param name="ExcInfo">Whether it passes exc_info.</param>
/// <param name="After">How many body steps come before it (0: before the first).</param>
public sealed record StartAgain(string Status, IReadOnlyList<(string Name, string Value)> Headers, bool ExcInfo, int After);
