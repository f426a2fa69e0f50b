using System.Text.RegularExpressions;

namespace Wsgi.Conformance.Tests;

/// <summary>The broken Python apps of reference-apps/python/broken: one module per app-side rule, each naming its
/// rule in a <c>RULE = "..."</c> line.</summary>
internal static partial class BrokenPythonApps
{
    /// <summary>The folder.</summary>
    public static string Folder { get; } = Repo.Path("reference-apps", "python", "broken");

    /// <summary>The module names, in order.</summary>
    public static IEnumerable<string> Modules() =>
        Directory.EnumerateFiles(Folder, "*.py").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);

    /// <summary>The rule <paramref name="module"/> breaks.</summary>
    public static string RuleOf(string module) => RuleLine().Match(File.ReadAllText(Path.Combine(Folder, module + ".py"))).Groups[1].Value;

    [GeneratedRegex("^RULE = \"([^\"]+)\"$", RegexOptions.Multiline)]
    private static partial Regex RuleLine();
}
