using System.Text;
using Wsgi.Apps;
using Wsgi.Hosting;
using Wsgi.Validator.Judging;

namespace Wsgi.Validator.Tests;

/// <summary>The good reference apps break no rule under a correct gateway, in either mode.</summary>
public sealed class GoodAppTests
{
    private static readonly byte[] PostBody = Encoding.ASCII.GetBytes("name=wsgi&lines=one\ntwo\n");

    public static TheoryData<string> Names => [.. ReferenceApps.Good.Keys.Order(StringComparer.Ordinal)];

    public static IEnumerable<WsgiRequest> Requests =>
    [
        WsgiRequest.Get("/"),
        new WsgiRequest("HEAD", "/"),
        WsgiRequest.Post("/submit", PostBody, "application/x-www-form-urlencoded"),
        new WsgiRequest("POST", "/empty", Body: []),
        new WsgiRequest("GET", "/deep/path", Query: "a=1&b=2", Headers: [("Host", "example.org:8080"), ("X-Forwarded-For", "10.0.0.1")], ScriptName: "/mount"),

        // '.', '~' and '!' are token characters: HTTP_X_TRACE.ID~1 is a CGI variable, not a misnamed extension key.
        new WsgiRequest("GET", "/", Headers: [("X-Trace.Id~1", "abc"), ("X!Y", "z")]),
    ];

    [Theory]
    [MemberData(nameof(Names))]
    public void Good_app_breaks_no_rule(string name)
    {
        foreach (WsgiRequest request in Requests)
        {
            var (violations, response) = Exchange.Collect(ReferenceApps.Good[name](), request);

            Assert.Empty(violations);
            Assert.Null(response.Error);
            Assert.True(response.HeadersSent, $"{name} sent no headers for {request.Method} {request.Path}");
            Assert.Null(Exchange.Strict(ReferenceApps.Good[name](), request));
        }
    }

    [Fact]
    public void Hello_world_says_hello()
    {
        var (_, response) = Exchange.Collect(new HelloWorld(), WsgiRequest.Get("/"));

        Assert.Equal("200 OK", response.Status);
        Assert.Contains(("Content-Type", "text/plain"), response.Headers);
        Assert.Equal("Hello, world!\n", response.BodyText);
    }

    [Fact]
    public void Callable_class_instances_keep_state_between_calls()
    {
        var app = new CallableClassApp();

        Exchange.Collect(app, WsgiRequest.Get("/"));
        var (violations, response) = Exchange.Collect(app, WsgiRequest.Get("/"));

        Assert.Empty(violations);
        Assert.Equal(2, app.Calls);
        Assert.Equal("Hello from call 2\n", response.BodyText);
    }

    [Fact]
    public void Echo_returns_the_body_with_its_length_even_when_read_in_small_blocks()
    {
        var (violations, response) = Exchange.Collect(new Echo(blockSize: 3), WsgiRequest.Post("/", PostBody));

        Assert.Empty(violations);
        Assert.Equal(PostBody, response.Body);
        Assert.Contains(("Content-Length", PostBody.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)), response.Headers);
    }

    [Fact]
    public void Streaming_yields_every_chunk_and_is_closed_once()
    {
        var (violations, response) = Exchange.Collect(new Streaming(4, TimeSpan.FromMilliseconds(1)), WsgiRequest.Get("/"));

        Assert.Empty(violations);
        Assert.Equal("chunk 0\nchunk 1\nchunk 2\nchunk 3\n", response.BodyText);
        Assert.Equal(1, response.CloseCalls);
    }

    [Fact]
    public void Write_app_body_arrives_through_write()
    {
        var (violations, response) = Exchange.Collect(new WriteApp(), WsgiRequest.Get("/"));

        Assert.Empty(violations);
        Assert.Equal("Hello, write()!\n", response.BodyText);
    }

    [Fact]
    public void Exc_info_app_replaces_the_headers_with_an_error_page()
    {
        var (violations, response) = Exchange.Collect(new ExcInfoApp(), WsgiRequest.Get("/"));

        Assert.Empty(violations);
        Assert.Equal("500 Internal Server Error", response.Status);
        Assert.Equal([("Content-Type", "text/plain")], response.Headers);
        Assert.Equal(ExcInfoApp.ErrorPage.ToArray(), response.Body);
    }

    [Fact]
    public void File_app_serves_the_whole_file_through_file_wrapper_and_from_disk()
    {
        var (violations, response) = Exchange.Collect(new FileApp(), WsgiRequest.Get("/"));

        Assert.Empty(violations);
        Assert.Equal(FileApp.DefaultContent.ToArray(), response.Body);
        Assert.Equal(1, response.CloseCalls);

        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, PostBody);
            var (onDisk, fromDisk) = Exchange.Collect(new FileApp(path), WsgiRequest.Get("/"));
            Assert.Empty(onDisk);
            Assert.Equal(PostBody, fromDisk.Body);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_broken_apps_answer_a_correct_gateway_without_hanging_or_crashing_it()
    {
        foreach (var (id, broken) in Apps.Broken.BrokenApps.ByRuleId)
        {
            // A hang fails the test with a TimeoutException instead of stalling the run.
            var (violations, response) = await Task.Run(() => Exchange.Collect(broken.Create(), broken.RequestOrDefault)).WaitAsync(TimeSpan.FromSeconds(10));
            Assert.All(violations, v => Assert.Equal(id, v.RuleId));
            Assert.All(violations, v => Assert.False(string.IsNullOrEmpty(v.Subject)));
            Assert.NotEqual(0, response.StatusCode);
        }
    }
}
