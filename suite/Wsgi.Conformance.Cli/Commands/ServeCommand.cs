using System.CommandLine;
using System.Runtime.InteropServices;
using Wsgi.Apps;
using Wsgi.Conformance.Cli.Hosting;
using Wsgi.Python;
using Wsgi.Server;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Middleware;

namespace Wsgi.Conformance.Cli.Commands;

/// <summary><c>wsgi-conformance serve --app NAME | --python-app MODULE:CALLABLE [--path DIR]... [--port N]
/// [--validate [strict|collect]]</c>: hosts a reference app, or a Python app loaded into this process (pythonnet,
/// Debian's libpython), on the reference server until Ctrl+C (or SIGTERM); with --validate, wrapped in the
/// validator (collect by default; strict raises WsgiViolation inside the app at the faulty call), every
/// violation printed as it happens.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var app = new Option<string?>("--app") { Description = $"The reference app: {string.Join(", ", ReferenceApps.Good.Keys.Order())}." };
        var pythonApp = new Option<string?>("--python-app") { Description = "A Python WSGI app, MODULE:CALLABLE, hosted in this process (pythonnet, Debian's libpython 3.11)." };
        var paths = new Option<string[]>("--path") { Description = "With --python-app: a folder to put first on sys.path; repeatable.", AllowMultipleArgumentsPerToken = true };
        var libPython = new Option<string>("--libpython") { Description = $"With --python-app: the CPython shared library (default {PythonApps.DefaultLibPython}).", DefaultValueFactory = _ => PythonApps.DefaultLibPython };
        var appTimeout = new Option<double>("--app-timeout") { Description = "With --python-app: seconds one call into the app may take before the request gets a 500 and the app is interrupted (default 30).", DefaultValueFactory = _ => 30 };
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (default 8000; 0 picks a free one).", DefaultValueFactory = _ => 8000 };
        var validate = new Option<string?>("--validate") { Description = "Wrap the app in the validator and print violations: collect (the default) or strict.", Arity = ArgumentArity.ZeroOrOne };
        validate.AcceptOnlyFromAmong("strict", "collect");
        var command = new Command("serve", "Serve a reference app or a Python app on the reference server until Ctrl+C.") { app, pythonApp, paths, libPython, appTimeout, port, validate };
        command.SetAction((parsed, token) => ServeAsync(stdout, stderr, new Settings(parsed.GetValue(app), parsed.GetValue(pythonApp), parsed.GetValue(paths) ?? [], parsed.GetValue(libPython)!,
            parsed.GetValue(appTimeout), parsed.GetValue(port), parsed.GetResult(validate) is null ? null : parsed.GetValue(validate) ?? "collect"), token));
        return command;
    }

    private sealed record Settings(string? App, string? PythonApp, string[] Paths, string LibPython, double AppTimeout, int Port, string? Validate);

    private static async Task<int> ServeAsync(TextWriter stdout, TextWriter stderr, Settings s, CancellationToken token)
    {
        if (s.App is null == (s.PythonApp is null))
        {
            throw new UsageException("give exactly one of --app NAME (a reference app) or --python-app MODULE:CALLABLE");
        }

        if (s.Port is < 0 or > 65535)
        {
            throw new UsageException($"--port must be from 0 to 65535; got {s.Port}");
        }

        if (s.AppTimeout is <= 0 or > 3600 || double.IsNaN(s.AppTimeout))
        {
            throw new UsageException($"--app-timeout must be between 0 and 3600 seconds; got {s.AppTimeout}");
        }

        object served;
        string name;
        if (s.App is { } reference)
        {
            if (!ReferenceApps.Good.TryGetValue(reference, out var factory))
            {
                throw new UsageException($"--app must be one of {string.Join(", ", ReferenceApps.Good.Keys.Order())}; got \"{reference}\"");
            }

            served = factory();
            name = reference;
        }
        else
        {
            var (runtime, loaded) = PythonApps.Load(s.LibPython, s.Paths, s.PythonApp!, allowNonCallable: s.Validate is not null);
            runtime.CallTimeout = TimeSpan.FromSeconds(s.AppTimeout);
            served = loaded;
            name = $"{s.PythonApp} (Python {runtime.Version}, in process)";
        }

        if (s.Validate is { } mode)
        {
            served = new ValidatorMiddleware(served, new ValidatorOptions
            {
                Mode = mode == "strict" ? ValidatorMode.Strict : ValidatorMode.Collect,
                Sink = new PrintingSink(stderr),
            });
        }

        WsgiServerHandle server;
        try
        {
            server = await WsgiServer.StartAsync((PyCallable)served, new WsgiServerOptions { Port = s.Port }, token).ConfigureAwait(false);
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
            stdout.WriteLine($"serving {name}{(s.Validate is { } v ? $" (validated, {v})" : "")} at {server.Uri}; Ctrl+C stops");
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
