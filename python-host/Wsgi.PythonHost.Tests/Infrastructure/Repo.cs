namespace Wsgi.PythonHost.Tests.Infrastructure;

/// <summary>Paths the tests use: the repository's Python apps and this project's own test apps.</summary>
internal static class Repo
{
    /// <summary>The repository root (the folder holding Conformance.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>reference-apps/python.</summary>
    public static string PythonApps => Path.Combine(Root, "reference-apps", "python");

    /// <summary>reference-apps/python/broken.</summary>
    public static string BrokenApps => Path.Combine(PythonApps, "broken");

    /// <summary>reference-apps/python/frameworks.</summary>
    public static string FrameworkApps => Path.Combine(PythonApps, "frameworks");

    /// <summary>This project's Python test apps (copied next to the test assembly).</summary>
    public static string TestApps => Path.Combine(AppContext.BaseDirectory, "apps");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Conformance.sln above {AppContext.BaseDirectory}");
    }
}
