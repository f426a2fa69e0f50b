namespace Wsgi.PythonHost.Tests.Infrastructure;

/// <summary>The process's one Python runtime (pythonnet's engine is process-global), started once
/// for every test class of the <see cref="PythonCollection"/>, with the repository's Python app
/// folders and this project's test apps on sys.path.</summary>
public sealed class PythonFixture : IDisposable
{
    public PythonFixture() =>
        Runtime = PythonRuntime.Start(PythonRuntime.DebianLibPython, [Repo.TestApps, Repo.PythonApps, Repo.BrokenApps, Repo.FrameworkApps]);

    public PythonRuntime Runtime { get; }

    /// <summary>Shuts the interpreter down on its thread; a hang would not keep the test host alive.</summary>
    public void Dispose() => Runtime.Shutdown(TimeSpan.FromSeconds(10));
}
