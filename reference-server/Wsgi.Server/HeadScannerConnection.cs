using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;

namespace Wsgi.Server;

/// <summary>Connection middleware that puts a <see cref="HeadScanner"/> between the socket and Kestrel's
/// HTTP/1.1 parser: a pump copies the client's bytes through the scanner into the pipe Kestrel reads.
/// End of input, errors and aborts pass through unchanged.</summary>
internal static class HeadScannerConnection
{
    /// <summary>The middleware, for <c>ListenOptions.Use</c>.</summary>
    public static ConnectionDelegate Use(ConnectionDelegate next) => async context =>
    {
        IDuplexPipe transport = context.Transport;
        var pipe = new Pipe(new PipeOptions(useSynchronizationContext: false));
        Task pump = PumpAsync(transport.Input, pipe.Writer);
        context.Transport = new Duplex(pipe.Reader, transport.Output);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Transport = transport;
            await pipe.Reader.CompleteAsync().ConfigureAwait(false);
            transport.Input.CancelPendingRead();
            await pump.ConfigureAwait(false);
        }
    };

    private static async Task PumpAsync(PipeReader input, PipeWriter output)
    {
        var scanner = new HeadScanner();
        Exception? error = null;
        try
        {
            while (true)
            {
                ReadResult read = await input.ReadAsync().ConfigureAwait(false);
                foreach (ReadOnlyMemory<byte> segment in read.Buffer)
                {
                    scanner.Feed(segment.Span, output);
                }

                input.AdvanceTo(read.Buffer.End);
                FlushResult flush = await output.FlushAsync().ConfigureAwait(false);
                if (read.IsCompleted || read.IsCanceled || flush.IsCompleted || flush.IsCanceled)
                {
                    break;
                }
            }
        }
        catch (Exception e)
        {
            // A reset or abort: Kestrel's reader sees the same exception.
            error = e;
        }

        await output.CompleteAsync(error).ConfigureAwait(false);
    }

    private sealed class Duplex(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input => input;

        public PipeWriter Output => output;
    }
}
