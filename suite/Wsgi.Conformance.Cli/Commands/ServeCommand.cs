using System.CommandLine;
using System.Runtime.InteropServices;
using Wsgi.Apps;
using Wsgi.Python;
using Wsgi.Server;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Middleware;

namespace Wsgi.Conformance.Cli.Commands;

/// <summary><c>wsgi-conformance serve --app NAME [--port N] [--validate]</c>: hosts a reference app on the
/// reference server until Ctrl+C (or SIGTERM); with --validate, wrapped in the validator in collect
/// mode, every violation printed as it happens.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var app = new Option<string>("--app") { Description = $"The reference app: {string.Join(", ", ReferenceApps.Good.Keys.Order())}.", Required = true };
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (default 8000; 0 picks a free one).", DefaultValueFactory = _ => 8000 };
        var validate = new Option<bool>("--validate") { Description = "Wrap the app in the validator (collect mode) and print violations." };
        var command = new Command("serve", "Serve a reference app on the reference server until Ctrl+C.") { app, port, validate };
        command.SetAction((parsed, token) => ServeAsync(stdout, stderr, parsed.GetValue(app)!, parsed.GetValue(port), parsed.GetValue(validate), token));
        return command;
    }

    private static async Task<int> ServeAsync(TextWriter stdout, TextWriter stderr, string name, int port, bool validate, CancellationToken token)
    {
        if (!ReferenceApps.Good.TryGetValue(name, out var factory))
        {
            throw new UsageException($"--app must be one of {string.Join(", ", ReferenceApps.Good.Keys.Order())}; got \"{name}\"");
        }

        if (port is < 0 or > 65535)
        {
            throw new UsageException($"--port must be from 0 to 65535; got {port}");
        }

        PyCallable served = factory();
        if (validate)
        {
            served = new ValidatorMiddleware(served, new ValidatorOptions
            {
                Mode = ValidatorMode.Collect,
                Sink = new PrintingSink(stderr),
            });
        }

        WsgiServerHandle server;
        try
        {
            server = await WsgiServer.StartAsync(served, new WsgiServerOptions { Port = port }, token).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new UsageException(e.Message);
        }

        await using (server.ConfigureAwait(false))
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(token);
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
            stdout.WriteLine($"serving {name}{(validate ? " (validated)" : "")} at {server.Uri}; Ctrl+C stops");
            stdout.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                stdout.WriteLine("stopped");
            }
        }

        return 0;
    }

    private sealed class PrintingSink(TextWriter stderr) : IViolationSink
    {
        public void Report(Violation violation)
        {
            lock (stderr)
            {
                stderr.WriteLine(violation.ToString());
                stderr.Flush();
            }
        }
    }
}
