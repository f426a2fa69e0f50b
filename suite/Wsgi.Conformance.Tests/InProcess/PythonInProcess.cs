using Wsgi.PythonHost;

namespace Wsgi.Conformance.Tests.InProcess;

/// <summary>The test process's one Python runtime (pythonnet's engine is process-global), shared by every class of
/// this collection (the CLI's <c>--in-process</c> and <c>--python-app</c> start or reuse it too), and shut down on its
/// own thread at the end, before the runtime's exit handlers could wait for the GIL.</summary>
public sealed class PythonInProcess : IDisposable
{
    /// <summary>The collection's name.</summary>
    public const string Collection = "python in process";

    public PythonInProcess() =>
        Runtime = PythonRuntime.Start(PythonRuntime.DebianLibPython,
            [Repo.Path("reference-apps", "python"), Repo.Path("reference-apps", "python", "broken"), Repo.Path("reference-apps", "python", "frameworks")]);

    public PythonRuntime Runtime { get; }

    public void Dispose() => Runtime.Shutdown(TimeSpan.FromSeconds(10));
}
