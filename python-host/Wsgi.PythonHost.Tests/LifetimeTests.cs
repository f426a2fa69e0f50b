using Wsgi.Python;
using Wsgi.PythonHost.Tests.Infrastructure;

namespace Wsgi.PythonHost.Tests;

/// <summary>Every Python object an exchange makes is let go: after thousands of exchanges the
/// interpreter holds no more objects than before.</summary>
[Collection(PythonCollection.Name)]
public sealed class LifetimeTests(PythonFixture python)
{
    [Theory]
    [InlineData("hello:application", "")]
    [InlineData("host_checks:result", "generator")]
    [InlineData("host_checks:result", "sized")]
    [InlineData("host_checks:file_wrapper", "")]
    [InlineData("flask_app:application", "")]
    public void Exchanges_leave_no_python_objects_behind(string spec, string query)
    {
        var tracked = python.Runtime.LoadApp("host_state:tracked_objects");
        var app = python.Runtime.LoadApp(spec);
        void Exchanges(int n)
        {
            for (int i = 0; i < n; i++)
            {
                object? result = app.Call(Exchange.Environ(query), new StartResponseRecorder());
                Exchange.Items(result);
                (result as IPyClosable)?.Close();
            }
        }

        Exchanges(200);
        long before = Convert.ToInt64(tracked.Call(0), System.Globalization.CultureInfo.InvariantCulture);
        Exchanges(2000);
        long after = Convert.ToInt64(tracked.Call(0), System.Globalization.CultureInfo.InvariantCulture);

        // Fewer is fine (earlier tests' leftovers collected meanwhile); more would be a leak.
        Assert.True(after - before < 50, $"{after - before} more Python objects after 2000 exchanges of {spec}");
    }
}
