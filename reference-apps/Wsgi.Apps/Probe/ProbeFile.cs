namespace Wsgi.Apps.Probe;

/// <summary>The in-memory file handed to wsgi.file_wrapper; its close() is recorded and ends the exchange.</summary>
internal sealed class ProbeFile(ProbeExchange exchange, byte[] content) : MemoryStream(content, writable: false), Wsgi.Python.IPyClosable
{
    private bool _closed;

    /// <inheritdoc/>
    void Wsgi.Python.IPyClosable.Close() => Dispose();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_closed)
        {
            _closed = true;
            exchange.Record(Validator.Tracing.EventKinds.Close, []);
            base.Dispose(disposing);
            exchange.Finish();
            return;
        }

        base.Dispose(disposing);
    }
}
