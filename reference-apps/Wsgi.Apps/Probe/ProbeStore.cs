using System.Text;

namespace Wsgi.Apps.Probe;

/// <summary>Where traces wait for their fetch: one <c>ID.json</c> per request id in a folder that
/// every worker process shares, each written to a temporary file and moved into place.</summary>
/// <param name="folder">The folder; created on the first save.</param>
internal sealed class ProbeStore(string folder)
{
    /// <summary>The folder holding the traces.</summary>
    public string Folder => folder;

    /// <summary>Stores <paramref name="text"/> under <paramref name="id"/>, replacing any earlier trace atomically.</summary>
    public void Save(string id, string text)
    {
        Directory.CreateDirectory(folder);
        string temp = Path.Combine(folder, $".{id}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, Path.Combine(folder, id + ".json"), overwrite: true);
    }

    /// <summary>The trace stored under <paramref name="id"/>, or <c>null</c>.</summary>
    public string? Load(string id)
    {
        try
        {
            return File.ReadAllText(Path.Combine(folder, id + ".json"), Encoding.UTF8);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
