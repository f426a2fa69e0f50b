namespace Wsgi.Conformance.Targets;

/// <summary>Finds <c>reference-apps/python/wsgi_probe.py</c>, the Python probe every target hosts.</summary>
public static class ProbeFile
{
    /// <summary>The probe's path relative to the repository root.</summary>
    public static readonly string RelativePath = Path.Combine("reference-apps", "python", "wsgi_probe.py");

    /// <summary>The probe in the working directory's repository or the tool's own, searched upwards;
    /// throws <see cref="FileNotFoundException"/> saying where it looked.</summary>
    public static string Locate()
    {
        string[] starts = [Directory.GetCurrentDirectory(), AppContext.BaseDirectory];
        foreach (string start in starts)
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException(
            $"{RelativePath} was not found above {string.Join(" or ", starts)}; run wsgi-conformance from a checkout of the project");
    }
}
