namespace Wsgi.Conformance.AppChecking;

/// <summary>How to start <c>wsgi_driver.py</c> for one app.</summary>
/// <param name="App">The app as <c>MODULE:CALLABLE</c>.</param>
/// <param name="Python">The interpreter (a path, or a name looked up on PATH).</param>
/// <param name="DriverPath">Where <c>wsgi_driver.py</c> is (with <c>wsgi_recorder.py</c> beside it).</param>
/// <param name="Paths">Folders put first on the app's <c>sys.path</c>.</param>
/// <param name="Timeout">How long one request may take before the driver is stopped.</param>
public sealed record DriverSettings(string App, string Python, string DriverPath, IReadOnlyList<string> Paths, TimeSpan Timeout)
{
    /// <summary>How long the driver may take to import the app (frameworks import a lot): at least 30 s.</summary>
    public TimeSpan StartTimeout => Timeout * 3 > TimeSpan.FromSeconds(30) ? Timeout * 3 : TimeSpan.FromSeconds(30);
}
