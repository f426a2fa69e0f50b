namespace Wsgi.Server.Tests.Infrastructure;

/// <summary>A one-shot signal the app blocks on (with a timeout, so a broken server cannot hang the run).</summary>
internal sealed class Gate
{
    private readonly ManualResetEventSlim _event = new();

    public void Open() => _event.Set();

    /// <summary>Blocks the app thread until opened; false after 5 s.</summary>
    public bool Wait() => _event.Wait(TimeSpan.FromSeconds(5));
}
