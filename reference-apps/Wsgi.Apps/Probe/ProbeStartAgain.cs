namespace Wsgi.Apps.Probe;

/// <summary>The scenario's second start_response call.</summary>
/// <param name="Status">Its status line.</param>
/// <param name="Headers">Its header pairs.</param>
/// <param name="ExcInfo">Whether it passes <c>sys.exc_info()</c> of a caught <c>RuntimeError</c>.</param>
/// <param name="After">How many body steps come before it (0: before the first).</param>
internal sealed record ProbeStartAgain(string Status, IReadOnlyList<(string Name, string Value)> Headers, bool ExcInfo, int After);
