using System.Text;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Properties;
using Wsgi.Validator.Tracing;

namespace Wsgi.Conformance.Tests.Properties;

/// <summary>The response oracle on wire bytes a server might send: each rule it judges is broken by one
/// server mistake, and a correct answer passes.</summary>
public sealed class ResponseOracleTests
{
    private static readonly GeneratedResponse Plain = new(false, false, 200, "OK", [], false, ["w1"], ["ab\r\ncd", "", "\u00ff\0"], "list");

    private static RawExchange Wire(string response, bool head = false)
    {
        byte[] bytes = Encoding.Latin1.GetBytes(response);
        var x = new RawExchange { Request = [], End = ConnectionEnd.Closed };
        x.Received.Add(new WireChunk(1, bytes));
        if (HttpResponseParser.TryParse(bytes, head, closed: true, 0, out HttpResponseMessageData? parsed, out string? error) == ParseStatus.Complete)
        {
            x.Responses.Add(parsed!);
        }
        else
        {
            x.ParseError = error;
        }

        return x;
    }

    private static string Ids(GeneratedResponse r, RawExchange x)
    {
        List<Mismatch> found = ResponseOracle.Compare(r, x, out string? problem);
        return problem ?? string.Join(",", found.Select(m => m.Rule.Id));
    }

    [Fact]
    public void The_exact_bytes_in_order_pass_whatever_the_framing()
    {
        Assert.Equal("", Ids(Plain, Wire("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nw1ab\r\ncd\u00ff\0")));
        Assert.Equal("", Ids(Plain, Wire("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nw1\r\n6\r\nab\r\ncd\r\n2\r\n\u00ff\0\r\n0\r\n\r\n")));
        Assert.Equal("", Ids(Plain, Wire("HTTP/1.0 200 OK\r\n\r\nw1ab\r\ncd\u00ff\0")));
    }

    [Fact]
    public void Each_server_mistake_breaks_its_rule()
    {
        Assert.Equal("iterable.binary_unaltered", Ids(Plain, Wire("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nw1ab\ncd\u00ff\0")));
        Assert.Equal("write.ordering", Ids(Plain, Wire("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nab\r\ncd\u00ff\0w1")));
        // b'' sent as a zero-size chunk ends the body early.
        Assert.Equal("iterable.empty_items", Ids(Plain, Wire("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nw1\r\n6\r\nab\r\ncd\r\n0\r\n\r\n")));
        Assert.Equal("http.head.no_body", Ids(Plain with { Head = true }, Wire("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", head: true)));
        Assert.Equal("chunked.http11_only", Ids(Plain with { Http10 = true }, Wire("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nw1\r\n8\r\nab\r\ncd\u00ff\0\r\n0\r\n\r\n")));
        Assert.Equal("chunked.rfc_compliant", Ids(Plain, Wire("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nw1\r\n0\r\n\r\n")));
    }

    [Fact]
    public void Another_status_or_no_response_is_a_problem_not_a_verdict()
    {
        Assert.StartsWith("status 500 instead of the app's 200", Ids(Plain, Wire("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n")));
        Assert.StartsWith("no complete response", Ids(Plain, Wire("")));
    }

    [Fact]
    public void No_body_statuses_and_HEAD_expect_no_bytes()
    {
        GeneratedResponse notModified = Plain with { Status = 304, Reason = "Not Modified", Writes = [], Items = ["", ""] };

        Assert.Equal("", Ids(notModified, Wire("HTTP/1.1 304 Not Modified\r\n\r\n")));
        Assert.Equal("", Ids(Plain with { Head = true }, Wire("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", head: true)));
        Assert.DoesNotContain(notModified.Headers, h => h.Name is "Content-Type" or "Content-Length");
    }
}
