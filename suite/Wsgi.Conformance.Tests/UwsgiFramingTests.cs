using System.Net.Sockets;
using System.Text;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Probe;
using Wsgi.Conformance.Running;
using Wsgi.Python;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Tracing;

namespace Wsgi.Conformance.Tests;

/// <summary>The http1.* cases against a double that frames like uWSGI 2.0.21 <c>--http11-socket</c>
/// (<see cref="UwsgiLikeServer"/>): each harness gap the hand check found (docs/FINDINGS.md, uWSGI subsection)
/// now shows, at the level of the rule it breaks. The reference server passing every case is
/// <see cref="ReferenceServerCases"/>.</summary>
public sealed class UwsgiFramingTests
{
    // Over the 1 s the framing cases wait for a close after an answer, under the case timeout.
    private static readonly TimeSpan SocketTimeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Content_length_wrapped_to_5_fails_though_CONTENT_LENGTH_is_passed_on_whole()
    {
        CaseResult r = await RunAsync("http1.content_length.overflow");

        Assert.Equal(Outcome.Fail, r.Outcome);
        Violation v = Assert.Single(r.RelevantViolations);
        Assert.Equal("http1.content_length.overflow", v.Rule.Id);
        Assert.EndsWith("the app read b'hello'", v.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leading_CRLF_kept_in_REQUEST_METHOD_breaks_the_SHOULD()
    {
        CaseResult r = await RunAsync("http1.request_line.leading_empty_line");

        Assert.Equal(Outcome.Warn, r.Outcome);
        Violation v = Assert.Single(r.RelevantViolations);
        Assert.Equal("http1.request_line.leading_empty_line", v.Rule.Id);
        Assert.Equal("'\\r\\nGET'", v.Actual);
    }

    [Fact]
    public async Task Connection_close_sent_alone_and_held_open_fails()
    {
        CaseResult r = await RunAsync("http1.connection.close/close-alone");

        Assert.Equal(Outcome.Fail, r.Outcome);
        Violation v = Assert.Single(r.RelevantViolations);
        Assert.Equal(("http1.connection.close", "connection"), (v.Rule.Id, v.Subject));
        Assert.Contains("still open 1000 ms later", v.Actual, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http1.line_ending.bare_cr/in-value")]
    [InlineData("http1.line_ending.bare_cr/line-end")]
    public async Task A_bare_CR_refused_without_an_answer_misses_only_the_SHOULD(string id)
    {
        CaseResult r = await RunAsync(id);

        Assert.Equal(Outcome.Warn, r.Outcome);
        Violation v = Assert.Single(r.RelevantViolations);
        Assert.Equal(("http1.message.invalid", "response"), (v.Rule.Id, v.Subject));
        Assert.StartsWith("no response; connection closed", v.Actual, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("400 Bad Request", "pass", null)]
    [InlineData("431 Request Header Fields Too Large", "warn", "http1.message.invalid")]
    [InlineData("200 OK", "fail", "http1.line_ending.bare_cr")]
    public async Task A_bare_CR_is_graded_by_what_the_server_answers(string status, string outcome, string? rule)
    {
        // The 200 is the probe's trace with the CR kept in the value, as http.server-based servers give it.
        using var server = new HostileServer(async (socket, stop) =>
        {
            var buffer = new byte[8192];
            await socket.ReceiveAsync(buffer, SocketFlags.None, stop);
            string body = status.StartsWith("200", StringComparison.Ordinal)
                ? TraceJson.Write(new Trace { Source = "probe", Environ = new PyDict { ["PATH_INFO"] = "/", ["HTTP_X_CR"] = "a\rb" } })
                : "refused";
            await socket.SendAsync(Encoding.Latin1.GetBytes($"HTTP/1.1 {status}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}"), SocketFlags.None, stop);
            socket.Close();
        });

        CaseResult r = await RunAsync("http1.line_ending.bare_cr/in-value", server);

        Assert.Equal(outcome, Reports.ResultsJson.Name(r.Outcome));
        Assert.Equal(rule, r.RelevantViolations.SingleOrDefault()?.Rule.Id);
    }

    [Theory]
    [InlineData("http1.content_length.invalid/hex", "http1.content_length.invalid/hex-split")]
    [InlineData("http1.content_length.invalid/plus", "http1.content_length.invalid/plus-split")]
    [InlineData("http1.content_length.overflow", "http1.content_length.overflow/split")]
    [InlineData("http1.transfer_encoding.with_content_length/te-cl", "http1.transfer_encoding.with_content_length/te-cl-split")]
    [InlineData("http1.transfer_encoding.chunked_not_final/gzip", "http1.transfer_encoding.chunked_not_final/gzip-split")]
    [InlineData("http1.body.unread_not_parsed/chunked", "http1.body.unread_not_parsed/chunked-split")]
    public async Task The_canary_one_write_hides_is_answered_when_it_comes_300_ms_after_the_head(string together, string split)
    {
        CaseResult hidden = await RunAsync(together);
        CaseResult shown = await RunAsync(split);

        Assert.DoesNotContain(hidden.RelevantViolations, v => v.Actual.Contains("the smuggled request reached the app", StringComparison.Ordinal));
        Assert.Equal(Outcome.Fail, shown.Outcome);
        Assert.Contains(shown.RelevantViolations, v => v.Actual.Contains("the smuggled request reached the app", StringComparison.Ordinal));
    }

    private static async Task<CaseResult> RunAsync(string id)
    {
        using var server = new HostileServer(new UwsgiLikeServer(SocketTimeout).ServeAsync);
        return await RunAsync(id, server);
    }

    private static async Task<CaseResult> RunAsync(string id, HostileServer server)
    {
        using var probe = new ProbeClient(Target.Parse(server.Url), TimeSpan.FromSeconds(5));
        Case c = SuiteCatalogue.All.Single(x => x.Id == id);
        return await SuiteRunner.RunOneAsync(probe, c, new RunOptions { Timeout = TimeSpan.FromSeconds(5) }, CancellationToken.None);
    }
}
