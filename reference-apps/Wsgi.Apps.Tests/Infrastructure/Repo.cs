namespace Wsgi.Apps.Tests.Infrastructure;

/// <summary>Paths in the repository and the Python interpreters the tests use.</summary>
internal static class Repo
{
    /// <summary>The repository root (the folder holding Conformance.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>reference-apps/python.</summary>
    public static string PythonApps => Path.Combine(Root, "reference-apps", "python");

    /// <summary>The Python on PATH (3.11 on this machine).</summary>
    public const string Python3 = "python3";

    /// <summary>pyenv's Python 3.6, the oldest version the probe supports.</summary>
    public static string Python36 => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv", "versions", "3.6.15", "bin", "python3");

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
