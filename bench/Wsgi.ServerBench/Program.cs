using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Wsgi;
using Wsgi.Python;
using Wsgi.Server;

// Usage: Wsgi.ServerBench kestrel|wsgi PORT
// kestrel: the `dotnet new web` hello world (minimal API), logging off.
// wsgi:    the reference WSGI server hosting the hello world of shared/SERVERS.md, written in C#.
if (args.Length != 2 || args[0] is not ("kestrel" or "wsgi") || !int.TryParse(args[1], CultureInfo.InvariantCulture, out int port))
{
    Console.Error.WriteLine("usage: Wsgi.ServerBench kestrel|wsgi PORT");
    return 2;
}

if (args[0] == "kestrel")
{
    var builder = WebApplication.CreateSlimBuilder();
    builder.Logging.ClearProviders();
    builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
    var app = builder.Build();
    app.MapGet("/", () => Results.Text("Hello, World!\n"));
    Console.WriteLine($"kestrel listening on {port}");
    await app.RunAsync();
    return 0;
}

byte[] hello = "Hello, World!\n"u8.ToArray();
var wsgiApp = WsgiApplication.From("hello", (environ, startResponse) =>
{
    startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Type", "text/plain"), ("Content-Length", "14")));
    return new PyList { hello };
});
// The server leaves signals to its host program: stop on SIGINT or SIGTERM here.
using var stop = new CancellationTokenSource();
using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
await using (var server = await WsgiServer.StartAsync(wsgiApp, new WsgiServerOptions { Port = port }))
{
    Console.WriteLine($"wsgi listening on {server.Uri}");
    await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
}

return 0;
