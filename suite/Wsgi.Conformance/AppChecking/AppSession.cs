namespace Wsgi.Conformance.AppChecking;

/// <summary>The driver of one check, started again after it died or hung, so that one bad request never
/// ends the run. Not thread-safe: requests go one at a time.</summary>
internal sealed class AppSession(DriverSettings settings, PythonDriver first) : IAppSession
{
    private PythonDriver? _driver = first;

    /// <summary>The interpreter's version.</summary>
    public string PythonVersion { get; } = first.PythonVersion;

    /// <inheritdoc/>
    public string Description => $"wsgi_driver.py ({settings.Python})";

    /// <summary>How many times the driver was started again.</summary>
    public int Restarts { get; private set; }

    /// <summary>Starts the first driver; throws <see cref="DriverException"/> when the app cannot be loaded.</summary>
    public static async Task<AppSession> StartAsync(DriverSettings settings, CancellationToken token) =>
        new(settings, await PythonDriver.StartAsync(settings, token).ConfigureAwait(false));

    /// <summary>Serves one request, starting a fresh driver first when the last one failed.</summary>
    public async Task<AppExchange> ServeAsync(AppRequest request, CancellationToken token)
    {
        if (_driver is null || !_driver.Running)
        {
            if (_driver is not null)
            {
                await _driver.DisposeAsync().ConfigureAwait(false);
            }

            _driver = null;
            Restarts++;
            _driver = await PythonDriver.StartAsync(settings, token).ConfigureAwait(false);
        }

        return await _driver.ServeAsync(request, token).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_driver is not null)
        {
            await _driver.DisposeAsync().ConfigureAwait(false);
            _driver = null;
        }
    }
}
