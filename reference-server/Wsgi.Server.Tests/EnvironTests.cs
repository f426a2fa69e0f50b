using Wsgi.Python;
using Wsgi.Server.Tests.Infrastructure;

namespace Wsgi.Server.Tests;

/// <summary>PEP 3333 "environ Variables": the dict, its keys, the CGI variables, the wsgi.* keys.</summary>
public sealed class EnvironTests
{
    private const string RichRequest =
        "POST /a/b?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: t\r\nContent-Type: text/plain\r\nContent-Length: 3\r\nX-Custom-Thing: v\r\n\r\nabc";

    [Fact(DisplayName = "environ.type.builtin_dict")]
    public async Task BuiltinDict()
    {
        var environ = await EnvironCapture.ForAsync(RichRequest);
        Assert.Equal(typeof(PyDict), environ.GetType());
    }

    [Fact(DisplayName = "environ.app_may_modify")]
    public async Task AppMayModify()
    {
        int calls = 0;
        var app = WsgiApplication.From("vandal", (environ, startResponse) =>
        {
            calls++;
            environ.Clear();
            environ["wsgi.input"] = "not a stream";
            startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Length", "2")));
            return new PyList { Apps.B("ok") };
        });
        await using var server = await TestServer.StartAsync(app);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        for (int i = 0; i < 2; i++)
        {
            await connection.SendAsync(TestServer.Get("/"));
            Assert.Equal("ok", (await connection.ReadResponseAsync()).BodyText);
        }

        Assert.Equal(2, calls);
    }

    [Fact(DisplayName = "environ.keys.str")]
    public async Task KeysStr()
    {
        var environ = await EnvironCapture.ForAsync(RichRequest);
        Assert.All(environ.Keys, k => Assert.True(Py.IsNativeString(k), $"key {Py.Repr(k)} is {Py.TypeName(k)}"));
    }

    [Fact(DisplayName = "environ.cgi.value_type_str")]
    public async Task CgiValuesStr()
    {
        var environ = await EnvironCapture.ForAsync(RichRequest);
        foreach (var (key, value) in environ)
        {
            if (!((string)key).Contains('.'))
            {
                Assert.True(value is string, $"{key} = {Py.Repr(value)} is {Py.TypeName(value)}");
            }
        }
    }

    [Fact(DisplayName = "environ.cgi.latin1_only")]
    public async Task CgiLatin1()
    {
        var environ = await EnvironCapture.ForAsync("GET /caf%C3%A9%FF?q=%E9 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Name: caf\xe9\r\n\r\n");
        Assert.Equal("/caf\u00c3\u00a9\u00ff", environ["PATH_INFO"]);
        Assert.Equal("caf\u00e9", environ["HTTP_X_NAME"]);
        Assert.All(environ.Values.OfType<string>(), v => Assert.True(Py.IsLatin1(v), Py.Repr(v)));
    }

    [Fact(DisplayName = "environ.missing.omitted")]
    public async Task MissingOmitted()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/"));
        Assert.False(environ.ContainsKey("REMOTE_USER"));
        Assert.False(environ.ContainsKey("CONTENT_TYPE"));
        Assert.False(environ.ContainsKey("CONTENT_LENGTH"));
        Assert.False(environ.ContainsKey("HTTPS"));
        foreach (var (key, value) in environ)
        {
            Assert.True(value is not null, $"{key} is None");
            if (value is "")
            {
                Assert.Contains((string)key, new[] { "SCRIPT_NAME", "QUERY_STRING" });
            }
        }
    }

    [Fact(DisplayName = "environ.ssl_vars")]
    public async Task SslVars()
    {
        // The server speaks plain HTTP only: no TLS, so no HTTPS=on or SSL_* variables.
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/"));
        Assert.DoesNotContain(environ.Keys.Cast<string>(), k => k == "HTTPS" || k.StartsWith("SSL_", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "environ.cgi.extra_vars")]
    public async Task ExtraVars()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/"));
        Assert.Equal("127.0.0.1", environ["REMOTE_ADDR"]);
        Assert.Matches("^[0-9]+$", (string)environ["REMOTE_PORT"]!);
        Assert.Equal(WsgiServer.Software, environ["SERVER_SOFTWARE"]);
    }

    [Fact(DisplayName = "environ.extension.naming")]
    public async Task ExtensionNaming()
    {
        var environ = await EnvironCapture.ForAsync(RichRequest);
        foreach (string key in environ.Keys.Cast<string>().Where(k => k.Contains('.') && !k.StartsWith("wsgi.", StringComparison.Ordinal)))
        {
            Assert.Matches("^[a-z0-9_]+\\.[a-z0-9_.]+$", key);
        }
    }

    [Fact(DisplayName = "environ.extension.wsgi_prefix")]
    public async Task WsgiPrefix()
    {
        string[] defined = ["wsgi.version", "wsgi.url_scheme", "wsgi.input", "wsgi.errors", "wsgi.multithread", "wsgi.multiprocess", "wsgi.run_once", "wsgi.file_wrapper"];
        var environ = await EnvironCapture.ForAsync(RichRequest);
        Assert.All(environ.Keys.Cast<string>().Where(k => k.StartsWith("wsgi.", StringComparison.Ordinal)), k => Assert.Contains(k, defined));
    }

    [Theory]
    [InlineData("environ.required.REQUEST_METHOD", "REQUEST_METHOD")]
    [InlineData("environ.required.SERVER_NAME", "SERVER_NAME")]
    [InlineData("environ.required.SERVER_PORT", "SERVER_PORT")]
    [InlineData("environ.required.SERVER_PROTOCOL", "SERVER_PROTOCOL")]
    [InlineData("environ.required.wsgi.version", "wsgi.version")]
    [InlineData("environ.required.wsgi.url_scheme", "wsgi.url_scheme")]
    [InlineData("environ.required.wsgi.input", "wsgi.input")]
    [InlineData("environ.required.wsgi.errors", "wsgi.errors")]
    [InlineData("environ.required.wsgi.multithread", "wsgi.multithread")]
    [InlineData("environ.required.wsgi.multiprocess", "wsgi.multiprocess")]
    [InlineData("environ.required.wsgi.run_once", "wsgi.run_once")]
    public async Task Required(string rule, string key)
    {
        Assert.NotNull(Wsgi.Catalogue.Rules.Find(rule));
        var environ = await EnvironCapture.ForAsync(RichRequest);
        Assert.True(environ.ContainsKey(key), $"{key} missing");
        Assert.NotNull(environ[key]);
        Assert.NotEqual("", environ[key]);
    }

    [Theory]
    [InlineData("environ.REQUEST_METHOD.token", "GET")]
    [InlineData("environ.REQUEST_METHOD.token", "PURGE")]
    [InlineData("environ.REQUEST_METHOD.token", "get")]
    public async Task MethodAsSent(string rule, string method)
    {
        Assert.NotNull(Wsgi.Catalogue.Rules.Find(rule));
        var environ = await EnvironCapture.ForAsync($"{method} / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        Assert.Equal(method, environ["REQUEST_METHOD"]);
    }

    [Fact(DisplayName = "environ.SCRIPT_NAME.presence")]
    public async Task ScriptNamePresent()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/x"));
        Assert.Equal("", environ["SCRIPT_NAME"]);
        Assert.Equal("/x", environ["PATH_INFO"]);
    }

    [Fact(DisplayName = "environ.SCRIPT_NAME.leading_slash")]
    public async Task ScriptNameLeadingSlash()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/app/x"), scriptName: "/app");
        Assert.Equal("/app", environ["SCRIPT_NAME"]);
        Assert.Equal("/x", environ["PATH_INFO"]);
    }

    [Fact(DisplayName = "environ.SCRIPT_NAME.not_root_slash")]
    public async Task ScriptNameNotRoot()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/"), scriptName: "/");
        Assert.Equal("", environ["SCRIPT_NAME"]);
        Assert.Equal("/", environ["PATH_INFO"]);
    }

    [Fact(DisplayName = "environ.SCRIPT_NAME.no_trailing_slash")]
    public async Task ScriptNameNoTrailingSlash()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/app/"), scriptName: "/app/");
        Assert.Equal("/app", environ["SCRIPT_NAME"]);
        Assert.Equal("/", environ["PATH_INFO"]);
        var bare = await EnvironCapture.ForAsync(TestServer.Get("/app"), scriptName: "/app");
        Assert.Equal("", bare["PATH_INFO"]);
    }

    [Fact(DisplayName = "environ.SCRIPT_NAME.presence/outside_mount_point_404")]
    public async Task OutsideMountPoint()
    {
        var capture = new EnvironCapture();
        await using var server = await TestServer.StartAsync(capture.App, "/app");
        Assert.Equal(404, (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/apple"))).Status);
        Assert.Equal(404, (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).Status);
        Assert.Empty(capture.Seen);
    }

    [Fact(DisplayName = "environ.PATH_INFO.presence")]
    public async Task PathInfoPresent()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/"));
        Assert.Equal("/", environ["PATH_INFO"]);
    }

    [Fact(DisplayName = "environ.PATH_INFO.leading_slash")]
    public async Task PathInfoLeadingSlash()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/a/b/"));
        Assert.Equal("/a/b/", environ["PATH_INFO"]);
    }

    [Fact(DisplayName = "environ.PATH_INFO.request_target_forms")]
    public async Task RequestTargetForms()
    {
        var absolute = await EnvironCapture.ForAsync("GET http://127.0.0.1/p%20q?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        Assert.Equal("/p q", absolute["PATH_INFO"]);
        Assert.Equal("x=1", absolute["QUERY_STRING"]);
        var asterisk = await EnvironCapture.ForAsync("OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        Assert.Equal("*", asterisk["PATH_INFO"]);

        var capture = new EnvironCapture();
        await using var server = await TestServer.StartAsync(capture.App);
        var connect = await RawConnection.ExchangeAsync(server.Port, "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n");
        Assert.True(connect.Status is 400 or 405 or 501, connect.StatusLine);
        Assert.Empty(capture.Seen);
    }

    [Fact(DisplayName = "environ.PATH_INFO.no_query_or_fragment")]
    public async Task NoQueryOrFragment()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/p?q=1#frag"));
        Assert.Equal("/p", environ["PATH_INFO"]);
        Assert.Equal("q=1", environ["QUERY_STRING"]);
    }

    [Fact(DisplayName = "environ.path.url_decoded")]
    public async Task UrlDecoded()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/a%20b/%E9%2fc%zz"));
        Assert.Equal("/a b/\u00e9/c%zz", environ["PATH_INFO"]);
    }

    [Fact(DisplayName = "environ.path.concatenation")]
    public async Task Concatenation()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/ap%70/x%20y"), scriptName: "/app");
        Assert.Equal("/app/x y", (string)environ["SCRIPT_NAME"]! + (string)environ["PATH_INFO"]!);
    }

    [Fact(DisplayName = "environ.QUERY_STRING.raw")]
    public async Task QueryRaw()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/?a=%20b&c=d?e+f"));
        Assert.Equal("a=%20b&c=d?e+f", environ["QUERY_STRING"]);
        var none = await EnvironCapture.ForAsync(TestServer.Get("/"));
        Assert.Equal("", none["QUERY_STRING"]);
    }

    [Fact(DisplayName = "environ.CONTENT_TYPE.value")]
    public async Task ContentType()
    {
        var environ = await EnvironCapture.ForAsync(RichRequest);
        Assert.Equal("text/plain", environ["CONTENT_TYPE"]);
    }

    [Fact(DisplayName = "environ.CONTENT_LENGTH.value")]
    public async Task ContentLength()
    {
        var environ = await EnvironCapture.ForAsync(RichRequest);
        Assert.Equal("3", environ["CONTENT_LENGTH"]);
    }

    [Fact(DisplayName = "environ.CONTENT_LENGTH.digits_only")]
    public async Task ContentLengthDigits()
    {
        var environ = await EnvironCapture.ForAsync("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 007\r\n\r\n1234567");
        Assert.Matches("^[0-9]+$", (string)environ["CONTENT_LENGTH"]!);
    }

    [Fact(DisplayName = "environ.no_HTTP_CONTENT_TYPE_LENGTH")]
    public async Task NoHttpContentPrefix()
    {
        var environ = await EnvironCapture.ForAsync(RichRequest);
        Assert.False(environ.ContainsKey("HTTP_CONTENT_TYPE"));
        Assert.False(environ.ContainsKey("HTTP_CONTENT_LENGTH"));
    }

    [Fact(DisplayName = "environ.SERVER_NAME.nonempty")]
    public async Task ServerNameNonEmpty()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/"));
        Assert.False(string.IsNullOrEmpty((string?)environ["SERVER_NAME"]));
    }

    [Fact(DisplayName = "environ.SERVER_NAME.valid_host")]
    public async Task ServerNameValidHost()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/"));
        Assert.Equal(UriHostNameType.IPv4, Uri.CheckHostName((string)environ["SERVER_NAME"]!));
    }

    [Fact(DisplayName = "environ.SERVER_PORT.nonempty")]
    public async Task ServerPortNonEmpty()
    {
        var capture = new EnvironCapture();
        await using var server = await TestServer.StartAsync(capture.App);
        await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        Assert.Equal(server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), capture.Seen[0]["SERVER_PORT"]);
    }

    [Fact(DisplayName = "environ.SERVER_PORT.digits")]
    public async Task ServerPortDigits()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/"));
        Assert.Matches("^[0-9]+$", (string)environ["SERVER_PORT"]!);
    }

    [Fact(DisplayName = "environ.SERVER_PROTOCOL.format")]
    public async Task ServerProtocolFormat()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/"));
        Assert.Equal("HTTP/1.1", environ["SERVER_PROTOCOL"]);
    }

    [Fact(DisplayName = "environ.SERVER_PROTOCOL.request_version")]
    public async Task ServerProtocolRequestVersion()
    {
        var environ = await EnvironCapture.ForAsync("GET / HTTP/1.0\r\n\r\n");
        Assert.Equal("HTTP/1.0", environ["SERVER_PROTOCOL"]);
    }

    [Fact(DisplayName = "environ.HTTP.correspondence")]
    public async Task HttpCorrespondence()
    {
        var environ = await EnvironCapture.ForAsync(RichRequest);
        var httpKeys = environ.Keys.Cast<string>().Where(k => k.StartsWith("HTTP_", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(["HTTP_HOST", "HTTP_USER_AGENT", "HTTP_X_CUSTOM_THING"], httpKeys);
    }

    [Fact(DisplayName = "environ.HTTP.naming")]
    public async Task HttpNaming()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/", "x-lower-case: 1\r\nACCEPT-language: en\r\n"));
        Assert.Equal("1", environ["HTTP_X_LOWER_CASE"]);
        Assert.Equal("en", environ["HTTP_ACCEPT_LANGUAGE"]);
    }

    [Fact(DisplayName = "environ.HTTP.repeated_combined")]
    public async Task RepeatedCombined()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/", "X-A: 1\r\nCookie: a=1\r\nx-a: 2\r\nCookie: b=2\r\n"));
        Assert.Equal("1, 2", environ["HTTP_X_A"]);
        Assert.Equal("a=1; b=2", environ["HTTP_COOKIE"]);
    }

    [Fact(DisplayName = "environ.HTTP.underscore_names")]
    public async Task UnderscoreNames()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/", "X_Auth_User: evil\r\nX-Auth-User: good\r\n"));
        Assert.Equal("good", environ["HTTP_X_AUTH_USER"]);
        var only = await EnvironCapture.ForAsync(TestServer.Get("/", "X_Auth_User: evil\r\n"));
        Assert.False(only.ContainsKey("HTTP_X_AUTH_USER"));
    }

    [Fact(DisplayName = "environ.HTTP_HOST.valid_authority")]
    public async Task HttpHost()
    {
        var environ = await EnvironCapture.ForAsync("GET / HTTP/1.1\r\nHost: example.com:8080\r\n\r\n");
        Assert.Equal("example.com:8080", environ["HTTP_HOST"]);
    }

    [Fact(DisplayName = "environ.wsgi.version.value")]
    public async Task WsgiVersion()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/"));
        var version = Assert.IsType<PyTuple>(environ["wsgi.version"]);
        Assert.Equal([1, 0], version.Cast<int>());
    }

    [Fact(DisplayName = "environ.wsgi.url_scheme.value")]
    public async Task UrlScheme()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/"));
        Assert.Equal("http", environ["wsgi.url_scheme"]);
    }

    [Fact(DisplayName = "environ.wsgi.url_scheme.matches_transport")]
    public async Task UrlSchemeTransport()
    {
        // The server speaks plain HTTP only, and says so even when a client claims otherwise.
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/", "X-Forwarded-Proto: https\r\n"));
        Assert.Equal("http", environ["wsgi.url_scheme"]);
    }

    [Fact(DisplayName = "environ.wsgi.multithread.truthful")]
    public async Task MultithreadTruthful()
    {
        using var both = new Barrier(2);
        var seen = new System.Collections.Concurrent.ConcurrentBag<bool>();
        var app = WsgiApplication.From("concurrent", (environ, startResponse) =>
        {
            seen.Add(both.SignalAndWait(TimeSpan.FromSeconds(5)) && environ["wsgi.multithread"] is true);
            startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Length", "0")));
            return new PyList();
        });
        await using var server = await TestServer.StartAsync(app);
        await Task.WhenAll(
            RawConnection.ExchangeAsync(server.Port, TestServer.Get("/1")),
            RawConnection.ExchangeAsync(server.Port, TestServer.Get("/2")));
        Assert.Equal([true, true], seen);
    }

    [Fact(DisplayName = "environ.wsgi.multiprocess.truthful")]
    public async Task MultiprocessTruthful()
    {
        var environ = await EnvironCapture.ForAsync(TestServer.Get("/"));
        Assert.Equal(false, environ["wsgi.multiprocess"]);
    }

    [Fact(DisplayName = "environ.wsgi.run_once.truthful")]
    public async Task RunOnceTruthful()
    {
        var capture = new EnvironCapture();
        await using var server = await TestServer.StartAsync(capture.App);
        await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"));
        Assert.All(capture.Seen, e => Assert.Equal(false, e["wsgi.run_once"]));
        Assert.Equal(2, capture.Seen.Count);
    }
}
