using System.Text;
using Wsgi.Catalogue;
using Wsgi.Conformance.Properties;
using Wsgi.Python;
using Wsgi.Validator.Tracing;

namespace Wsgi.Conformance.Tests.Properties;

/// <summary>The oracle against hand-written requests from PEP 3333 ("URL Reconstruction", "environ
/// Variables", "Unicode Issues") and RFC 9112 (§3.2 request-target forms, §7.1 chunked coding).</summary>
public sealed class EnvironOracleTests
{
    private static ExpectedEnviron Expect(string head, string mount = "", byte[]? body = null) =>
        EnvironOracle.Expect([.. Encoding.Latin1.GetBytes(head.ReplaceLineEndings("\r\n") + "\r\n\r\n"), .. body ?? []], mount);

    private static IReadOnlyList<string?> Accepted(ExpectedEnviron e, string key) => e[key]?.Accepted ?? throw new KeyNotFoundException(key);

    [Fact]
    public void Pep3333_url_reconstruction_splits_mount_path_and_query()
    {
        // quote(SCRIPT_NAME) + quote(PATH_INFO) + '?' + QUERY_STRING rebuilds /app/a%20b?x=1&y=%2F.
        var e = Expect("GET /app/a%20b?x=1&y=%2F HTTP/1.1\nHost: example.org", "/app");

        Assert.Equal(["/app"], Accepted(e, "SCRIPT_NAME"));
        Assert.Equal(["/a b"], Accepted(e, "PATH_INFO"));
        Assert.Equal(["x=1&y=%2F"], Accepted(e, "QUERY_STRING"));
        Assert.Equal(["GET"], Accepted(e, "REQUEST_METHOD"));
        Assert.Equal(["HTTP/1.1"], Accepted(e, "SERVER_PROTOCOL"));
        Assert.Equal(["example.org"], Accepted(e, "HTTP_HOST"));
    }

    [Theory]
    [InlineData("/a%2Fb", "/a/b")]
    [InlineData("/100%25", "/100%")]
    [InlineData("/caf%E9", "/caf\u00e9")]
    [InlineData("/caf%C3%A9", "/caf\u00c3\u00a9")]
    [InlineData("/%7euser", "/~user")]
    [InlineData("/a+b;c=d", "/a+b;c=d")]
    public void Path_is_percent_decoded_one_code_point_per_octet(string raw, string pathInfo)
    {
        // PEP 3333 "Unicode Issues": native strings hold octets as latin-1 code points.
        Assert.Equal([pathInfo], Accepted(Expect($"GET {raw} HTTP/1.1\nHost: h"), "PATH_INFO"));
    }

    [Fact]
    public void Rfc9112_absolute_form_gives_the_path_of_the_target()
    {
        // RFC 9112 §3.2.2: GET http://www.example.org/pub/WWW/TheProject.html HTTP/1.1
        var e = Expect("GET http://www.example.org/pub/WWW/TheProject.html HTTP/1.1\nHost: www.example.org");
        Assert.Equal(["/pub/WWW/TheProject.html"], Accepted(e, "PATH_INFO"));
        Assert.Equal(Rules.EnvironPathInfoRequestTargetForms, e["PATH_INFO"]!.RuleFor("http://www.example.org/pub/WWW/TheProject.html"));

        // An empty path in absolute-form is "/" (RFC 9112 §3.2.1), and the query still follows '?'.
        var bare = Expect("OPTIONS http://www.example.org:8001?x HTTP/1.1\nHost: www.example.org:8001");
        Assert.Equal(["/"], Accepted(bare, "PATH_INFO"));
        Assert.Equal(["x"], Accepted(bare, "QUERY_STRING"));
    }

    [Fact]
    public void No_question_mark_allows_an_empty_or_absent_query_string()
    {
        Assert.Equal([null, ""], Accepted(Expect("GET /x HTTP/1.0"), "QUERY_STRING"));
        Assert.Equal([""], Accepted(Expect("GET /x? HTTP/1.0"), "QUERY_STRING"));
        Assert.Equal(["HTTP/1.0"], Accepted(Expect("GET /x HTTP/1.0"), "SERVER_PROTOCOL"));
    }

    [Fact]
    public void Rfc9112_chunked_example_is_decoded_and_trailers_stay_out_of_the_environ()
    {
        // The chunked body of RFC 9112 §7.1 style: sizes in hex, an extension, then a trailer field.
        byte[] body = Encoding.Latin1.GetBytes("4\r\nWiki\r\n5;ext=1\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nExpires: never\r\n\r\n");
        var e = Expect("POST /upload HTTP/1.1\nHost: h\nTransfer-Encoding: chunked", body: body);

        Assert.Equal("Wikipedia in\r\n\r\nchunks.", Encoding.Latin1.GetString(e.Input));
        Assert.True(e.Chunked);
        Assert.Contains("HTTP_EXPIRES", e.TrailerKeys);
        Assert.Null(e["HTTP_EXPIRES"]);
        Assert.Equal([null, "", "23"], Accepted(e, "CONTENT_LENGTH"));
        Assert.Equal(["chunked", null], Accepted(e, "HTTP_TRANSFER_ENCODING"));
    }

    [Fact]
    public void Content_fields_become_CONTENT_variables_and_the_body_is_content_length_octets()
    {
        var e = Expect("PUT /x HTTP/1.1\nHost: h\nContent-Type: text/plain; charset=latin-1\nContent-Length: 5", body: "hello and more"u8.ToArray());

        Assert.Equal(["text/plain; charset=latin-1"], Accepted(e, "CONTENT_TYPE"));
        Assert.Equal(["5"], Accepted(e, "CONTENT_LENGTH"));
        Assert.Equal("hello"u8.ToArray(), e.Input);
        Assert.Equal([null], Accepted(e, "HTTP_CONTENT_TYPE"));
        Assert.Equal([null], Accepted(e, "HTTP_CONTENT_LENGTH"));
        Assert.Equal([null], Accepted(Expect("GET / HTTP/1.1\nHost: h"), "CONTENT_TYPE"));
        Assert.Equal([null, "", "0"], Accepted(Expect("GET / HTTP/1.1\nHost: h"), "CONTENT_LENGTH"));
    }

    [Fact]
    public void Repeated_fields_combine_in_order_with_comma_or_comma_space_and_underscore_names_are_dropped()
    {
        var e = Expect("GET / HTTP/1.1\nHost: h\nAccept: a/b\naccept:  c/d \nX_Forwarded_For: spoof\nX-Forwarded-For: 10.0.0.1\nX_Only: x\nX-Latin: caf\u00e9");

        Assert.Equal(["a/b, c/d", "a/b,c/d"], Accepted(e, "HTTP_ACCEPT"));
        Assert.Equal(Rules.EnvironHttpRepeatedCombined, e["HTTP_ACCEPT"]!.RuleFor("c/d"));
        Assert.Equal(Rules.EnvironHttpCorrespondence, e["HTTP_ACCEPT"]!.RuleFor(null));
        Assert.Equal(["10.0.0.1"], Accepted(e, "HTTP_X_FORWARDED_FOR"));
        Assert.Equal(Rules.EnvironHttpUnderscoreNames, e["HTTP_X_FORWARDED_FOR"]!.Rule);
        Assert.Equal([null], Accepted(e, "HTTP_X_ONLY"));
        Assert.Equal(["caf\u00e9"], Accepted(e, "HTTP_X_LATIN"));
    }

    [Fact]
    public void Comparison_names_the_rule_each_difference_breaks()
    {
        byte[] request = Encoding.Latin1.GetBytes("POST http://h:1/a%20b?q HTTP/1.1\r\nHost: h:1\r\nX-A: 1\r\nX-A: 2\r\nContent-Length: 3\r\n\r\nabc");
        var trace = new Trace { Source = "probe" };
        trace.Environ = new PyDict
        {
            ["REQUEST_METHOD"] = "POST", ["SCRIPT_NAME"] = "", ["PATH_INFO"] = "http://h:1/a b", ["QUERY_STRING"] = "q",
            ["SERVER_PROTOCOL"] = "HTTP/1.1", ["CONTENT_LENGTH"] = "3", ["HTTP_HOST"] = "h:1", ["HTTP_X_A"] = "2", ["HTTP_X_EXTRA"] = "?",
        };
        trace.Events.Add(new TraceEvent("input.read", [3], Result: "abd"u8.ToArray()));

        var found = OracleComparison.Compare(EnvironOracle.Expect(request, ""), trace).Select(m => (m.Rule.Id, m.Subject)).ToList();

        Assert.Equal(
        [
            ("environ.PATH_INFO.request_target_forms", "environ['PATH_INFO']"),
            ("environ.HTTP.repeated_combined", "environ['HTTP_X_A']"),
            ("environ.HTTP.correspondence", "environ['HTTP_X_EXTRA']"),
            ("input.python_semantics", "wsgi.input.read(3)"),
        ], found);
    }

    [Fact]
    public void Malformed_requests_are_refused_by_the_oracle_with_the_reason()
    {
        Assert.Contains("CRLF CRLF", Assert.Throws<FormatException>(() => EnvironOracle.Expect("GET / HTTP/1.1\r\n"u8, "")).Message);
        Assert.Contains("not below the mount", Assert.Throws<FormatException>(() => EnvironOracle.Expect("GET /other HTTP/1.1\r\n\r\n"u8, "/app")).Message);
    }
}
