using System.Reflection;

namespace Wsgi.Conformance.Cli;

/// <summary>The tool's name and version, as results and JSON output record them.</summary>
internal static class ToolInfo
{
    /// <summary>The informational version of this build (without source-link metadata).</summary>
    public static string Version { get; } =
        (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
