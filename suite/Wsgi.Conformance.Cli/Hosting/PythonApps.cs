using Wsgi.PythonHost;

namespace Wsgi.Conformance.Cli.Hosting;

/// <summary>Loads a Python app into this process (Debian's libpython through pythonnet) for <c>serve --python-app</c>
/// and <c>check-app --in-process</c>; every failure becomes a <see cref="UsageException"/> saying what to do.</summary>
internal static class PythonApps
{
    /// <summary>The default libpython.</summary>
    public const string DefaultLibPython = PythonRuntime.DebianLibPython;

    /// <summary>Refuses anything but <c>MODULE:CALLABLE</c> (one colon, both sides non-empty; the callable may be dotted).</summary>
    public static void CheckSpec(string app)
    {
        int colon = app.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == app.Length - 1 || app.AsSpan(colon + 1).Contains(':'))
        {
            throw new UsageException($"the app is MODULE:CALLABLE, like hello:application; got \"{app}\"");
        }
    }

    /// <summary>Starts the interpreter with <paramref name="paths"/> first on sys.path and loads <paramref name="app"/>
    /// (<c>MODULE:CALLABLE</c>); a non-callable comes back as it is when <paramref name="allowNonCallable"/>.</summary>
    public static (PythonRuntime Runtime, object App) Load(string libPython, IEnumerable<string> paths, string app, bool allowNonCallable)
    {
        CheckSpec(app);

        string[] folders = [.. paths.Select(Path.GetFullPath)];
        foreach (string folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"--path: no such folder: \"{folder}\"");
            }
        }

        try
        {
            PythonRuntime runtime = PythonRuntime.Start(libPython, folders);
            object loaded = allowNonCallable ? runtime.LoadAppObject(app) : runtime.LoadApp(app);
            return (runtime, loaded);
        }
        catch (PythonHostException e)
        {
            throw new UsageException($"cannot load {app} in process: {e.Message}{(string.IsNullOrEmpty(e.PythonTraceback) || e.Message.Contains(e.PythonTraceback, StringComparison.Ordinal) ? "" : "\n" + e.PythonTraceback)}");
        }
    }
}
