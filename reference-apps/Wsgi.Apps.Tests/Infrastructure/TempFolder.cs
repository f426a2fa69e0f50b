namespace Wsgi.Apps.Tests.Infrastructure;

/// <summary>A fresh folder under the system temporary folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TempFolder(string prefix)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A server still writing a trace; the folder is in the temporary folder anyway.
        }
    }
}
