namespace Wsgi.Conformance.AppChecking;

/// <summary>Where an app check sends its requests: the app in its own Python process (<c>wsgi_driver.py</c>),
/// or hosted in this process. Requests go one at a time.</summary>
public interface IAppSession : IAsyncDisposable
{
    /// <summary>The interpreter's version.</summary>
    string PythonVersion { get; }

    /// <summary>How the app is run, for the reports (e.g. "under wsgi_driver.py").</summary>
    string Description { get; }

    /// <summary>Serves one request; throws <see cref="DriverException"/> when the app's host died, hung or failed.</summary>
    Task<AppExchange> ServeAsync(AppRequest request, CancellationToken token);
}
