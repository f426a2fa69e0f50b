namespace Wsgi.Conformance.Tests;

/// <summary>Paths inside the repository the tests run from.</summary>
internal static class Repo
{
    /// <summary>The repository root (the folder holding Conformance.sln).</summary>
    public static string Root { get; } = Find();

    /// <summary>A path under the root.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Conformance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no Conformance.sln above {AppContext.BaseDirectory}");
    }
}
