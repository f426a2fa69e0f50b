using Wsgi.Hosting;
using Wsgi.PythonHost.Tests.Infrastructure;

namespace Wsgi.PythonHost.Tests;

[Collection(PythonCollection.Name)]
public sealed class SmokeTests(PythonFixture python)
{
    [Fact]
    public void Hello_answers_through_the_in_process_gateway()
    {
        var app = python.Runtime.LoadApp("hello:application");
        var response = new InProcessGateway().Run(app, WsgiRequest.Get("/"));
        Assert.Null(response.Error);
        Assert.Equal("200 OK", response.Status);
        Assert.Equal("Hello, world!\n", response.BodyText);
    }
}
