using Wsgi.Hosting;
using Wsgi.Python;

namespace Wsgi.Validator.Tests;

/// <summary>A broken server double: the gateway's faults, and the app and request that exercise them.</summary>
/// <param name="Faults">What the <see cref="InProcessGateway"/> gets wrong.</param>
/// <param name="App">An app using the broken feature; <c>null</c> means the hello-world app.</param>
/// <param name="Request">The request; <c>null</c> means a GET of <c>/</c>.</param>
internal sealed record BrokenServer(GatewayFaults Faults, Func<object?>? App = null, WsgiRequest? Request = null)
{
    public object? CreateApp() => App is null ? new Apps.HelloWorld() : App();

    public WsgiRequest RequestOrDefault => Request ?? WsgiRequest.Get("/");
}
