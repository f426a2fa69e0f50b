using System.Net;
using System.Text;
using Wsgi.Python;
using Wsgi.PythonHost.Tests.Infrastructure;
using Wsgi.Server;
using Wsgi.Validator.Middleware;

namespace Wsgi.PythonHost.Tests;

/// <summary>Python apps hosted in process, behind a strict validator, served by the reference
/// server on the loopback and asked over real HTTP.</summary>
[Collection(PythonCollection.Name)]
public sealed class ServedAppTests(PythonFixture python)
{
    [Fact]
    public async Task Hello_answers_get_through_the_reference_server_with_no_violation()
    {
        var validator = Exchange.Strict(python.Runtime.LoadApp("hello:application"));
        await using var server = await Serve(validator);
        using var http = new HttpClient();

        using var response = await http.GetAsync(server.Uri);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(14, response.Content.Headers.ContentLength);
        Assert.Equal("Hello, world!\n", await response.Content.ReadAsStringAsync());
        Assert.Empty(validator.Log!.Violations);
    }

    [Fact]
    public async Task A_callable_class_instance_keeps_its_state_across_requests()
    {
        var validator = Exchange.Strict(python.Runtime.LoadApp("callable_class:application"));
        await using var server = await Serve(validator);
        using var http = new HttpClient();

        string first = await http.GetStringAsync(server.Uri);
        string second = await http.GetStringAsync(server.Uri);

        int n = int.Parse(first["Hello from call ".Length..].TrimEnd(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"Hello from call {n}\n", first);
        Assert.Equal($"Hello from call {n + 1}\n", second);
        Assert.Empty(validator.Log!.Violations);
    }

    [Fact]
    public async Task Concurrent_requests_are_all_answered()
    {
        var validator = Exchange.Strict(python.Runtime.LoadApp("hello:application"));
        await using var server = await Serve(validator);
        using var http = new HttpClient();

        string[] bodies = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => http.GetStringAsync(server.Uri)));

        Assert.All(bodies, b => Assert.Equal("Hello, world!\n", b));
        Assert.Empty(validator.Log!.Violations);
    }

    [Theory]
    [InlineData("/", 200, "text/plain", "Hello from Flask\n")]
    [InlineData("/json?name=x", 200, "application/json", "{\"hello\":\"x\"}\n")]
    [InlineData("/stream", 200, "text/plain", "chunk 1\nchunk 2\nchunk 3\n")]
    [InlineData("/redirect", 302, "text/html", null)]
    [InlineData("/missing", 404, "text/html", null)]
    [InlineData("/error", 500, "text/html", null)]
    [InlineData("/unicode/caf%C3%A9", 200, "text/plain", "caf\u00e9")]
    public async Task Flask_answers_its_routes_through_the_reference_server_with_no_violation(string target, int status, string mediaType, string? body)
    {
        var errors = new StringWriter();
        var validator = Exchange.Strict(python.Runtime.LoadApp("flask_app:application"));
        await using var server = await Serve(validator, errors);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var response = await http.GetAsync(new Uri(server.Uri, target));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        if (body is not null)
        {
            Assert.Equal(body, await response.Content.ReadAsStringAsync());
        }

        Assert.Empty(validator.Log!.Violations);
        if (status == 500)
        {
            // Flask logs the view's exception to wsgi.errors, and the server's errors stream gets it.
            Assert.Contains("RuntimeError: deliberate error from /error", errors.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Flask_sends_a_file_through_wsgi_file_wrapper()
    {
        var validator = Exchange.Strict(python.Runtime.LoadApp("flask_app:application"));
        await using var server = await Serve(validator);
        using var http = new HttpClient();

        byte[] body = await http.GetByteArrayAsync(new Uri(server.Uri, "/file"));

        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Repo.FrameworkApps, "flask_app.py")), body);
        Assert.Empty(validator.Log!.Violations);
    }

    [Fact]
    public async Task Flask_echoes_a_posted_body_read_from_wsgi_input()
    {
        var validator = Exchange.Strict(python.Runtime.LoadApp("flask_app:application"));
        await using var server = await Serve(validator);
        using var http = new HttpClient();
        using var content = new StringContent("{\"a\": [1, 2]}", Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(new Uri(server.Uri, "/echo"), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("{\"a\": [1, 2]}", await response.Content.ReadAsStringAsync());
        Assert.Empty(validator.Log!.Violations);
    }

    private static Task<WsgiServerHandle> Serve(PyCallable app, TextWriter? errors = null) =>
        WsgiServer.StartAsync(app, new WsgiServerOptions { Host = "127.0.0.1", Port = 0, Errors = errors ?? TextWriter.Null });
}
