using System.Diagnostics;

namespace Wsgi.Conformance.Targets;

/// <summary>Whether a profile can run on this machine: its interpreter, programs and Python modules.</summary>
public static class TargetInstallation
{
    /// <summary>The interpreter path of <paramref name="profile"/>, or null when it is not there
    /// (a <c>pyenv:X.Y</c> resolves to the newest <c>X.Y.*</c> under pyenv's versions folder).</summary>
    public static string? ResolvePython(TargetProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!profile.Python.StartsWith("pyenv:", StringComparison.Ordinal))
        {
            return File.Exists(profile.Python) ? profile.Python : null;
        }

        string minor = profile.Python["pyenv:".Length..];
        string root = Environment.GetEnvironmentVariable("PYENV_ROOT") is { Length: > 0 } r
            ? r
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv");
        string versions = Path.Combine(root, "versions");
        if (!Directory.Exists(versions))
        {
            return null;
        }

        return Directory.EnumerateDirectories(versions, minor + ".*")
            .Select(d => (Dir: d, Version: Version.TryParse(Path.GetFileName(d), out Version? v) ? v : null))
            .Where(x => x.Version is not null && File.Exists(Path.Combine(x.Dir, "bin", "python3")))
            .OrderByDescending(x => x.Version)
            .Select(x => Path.Combine(x.Dir, "bin", "python3"))
            .FirstOrDefault();
    }

    /// <summary>Null when <paramref name="profile"/> can run here, else what is missing.</summary>
    public static async Task<string?> MissingAsync(TargetProfile profile, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(profile);
        string? python = ResolvePython(profile);
        if (python is null)
        {
            return $"no interpreter {profile.Python}";
        }

        var missing = profile.Programs.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            return "missing " + string.Join(", ", missing);
        }

        if (profile.Modules.Count == 0)
        {
            return null;
        }

        var start = new ProcessStartInfo(python, ["-c", "import " + string.Join(", ", profile.Modules)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{python} did not start");
        Task<string> errors = process.StandardError.ReadToEndAsync(token);
        _ = process.StandardOutput.ReadToEndAsync(token);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw;
        }

        if (process.ExitCode == 0)
        {
            return null;
        }

        string last = (await errors.ConfigureAwait(false)).Trim().Split('\n')[^1];
        return $"{python} cannot import {string.Join(", ", profile.Modules)}: {last}";
    }
}
