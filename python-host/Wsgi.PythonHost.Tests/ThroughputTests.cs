using System.Diagnostics;
using Wsgi.Python;
using Wsgi.PythonHost.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Wsgi.PythonHost.Tests;

/// <summary>How many sequential in-process calls a second the adapter alone makes (no HTTP, no
/// validator): environ converted, app called, result iterated and closed, from a thread that is
/// not the interpreter's. The figures go to the test output; the floors only catch a collapse.</summary>
[Collection(PythonCollection.Name)]
public sealed class ThroughputTests(PythonFixture python, ITestOutputHelper output)
{
    [Theory]
    [InlineData("hello:application", "/", 20_000, 2_000)]
    [InlineData("flask_app:application", "/", 5_000, 500)]
    public void Sequential_calls_per_second(string spec, string path, int calls, int floor)
    {
        var app = python.Runtime.LoadApp(spec);
        var start = PyCallable.From("start_response", _ => PyCallable.From("write", _ => null));
        var gateway = new Wsgi.Hosting.InProcessGateway();
        var request = Wsgi.Hosting.WsgiRequest.Get(path);
        long bytes = 0;
        void Once()
        {
            object? result = app.Call(gateway.BuildEnviron(request), start);
            foreach (object? item in (System.Collections.IEnumerable)result!)
            {
                bytes += ((byte[])item!).Length;
            }

            (result as IPyClosable)?.Close();
        }

        for (int i = 0; i < calls / 10; i++)
        {
            Once();
        }

        var clock = Stopwatch.StartNew();
        for (int i = 0; i < calls; i++)
        {
            Once();
        }

        clock.Stop();
        double perSecond = calls / clock.Elapsed.TotalSeconds;
        output.WriteLine($"{spec} {path}: {calls} calls in {clock.Elapsed.TotalMilliseconds:F0} ms = {perSecond:F0} calls/s ({clock.Elapsed.TotalMicroseconds / calls:F1} us per call)");
        Assert.True(bytes > 0);
        Assert.True(perSecond > floor, $"{spec}: {perSecond:F0} calls/s, under the floor of {floor}");
    }
}
