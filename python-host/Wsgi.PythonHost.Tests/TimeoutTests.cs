using System.Diagnostics;
using Wsgi.Hosting;
using Wsgi.PythonHost.Tests.Infrastructure;

namespace Wsgi.PythonHost.Tests;

/// <summary><see cref="PythonRuntime.CallTimeout"/>: an app that never returns gets a 500 once the timeout passes, the
/// interpreter is interrupted, and the next request is served.</summary>
[Collection(PythonCollection.Name)]
public sealed class TimeoutTests(PythonFixture python)
{
    [Fact]
    public void A_spinning_app_is_interrupted_after_the_call_timeout_and_the_next_request_is_served()
    {
        var app = python.Runtime.LoadApp("spin:application");
        python.Runtime.CallTimeout = TimeSpan.FromSeconds(1);
        try
        {
            var clock = Stopwatch.StartNew();
            var (spun, _) = Exchange.Run(app, WsgiRequest.Get("/spin"));

            Assert.Equal(500, spun.StatusCode);
            Assert.IsType<TimeoutException>(spun.Error);
            Assert.InRange(clock.Elapsed.TotalSeconds, 0.9, 5);

            // KeyboardInterrupt ends the loop; the interpreter thread takes the next work.
            var (fine, _) = Exchange.Run(app, WsgiRequest.Get("/"));
            Assert.Equal("fine\n", fine.BodyText);
        }
        finally
        {
            python.Runtime.CallTimeout = Timeout.InfiniteTimeSpan;
        }
    }

    [Fact]
    public void A_call_timeout_must_be_positive_or_infinite() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => python.Runtime.CallTimeout = TimeSpan.Zero);
}
