using Wsgi.Conformance.Running;

namespace Wsgi.Conformance.Tests;

/// <summary>Every suite case against wsgiref.simple_server hosting the Python probe. wsgiref breaks a
/// known set of rules (each checked by hand against PEP 3333 and Lib/wsgiref: see the note on
/// issue 4); every other case must pass. A change either way fails the test.</summary>
public sealed class WsgirefCases(WsgirefFixture wsgiref) : IClassFixture<WsgirefFixture>
{
    /// <summary>wsgiref's verdicts other than pass and info (CPython 3.11).</summary>
    public static readonly IReadOnlyDictionary<string, Outcome> Known = new Dictionary<string, Outcome>
    {
        // simple_server puts the whole absolute-form target (scheme and authority) in PATH_INFO.
        ["environ.PATH_INFO.request_target_forms/absolute-form"] = Outcome.Fail,
        // simple_server sets CONTENT_TYPE to 'text/plain' (email.message's default) when the request has none.
        ["environ.missing.omitted/content-type"] = Outcome.Warn,
        // simple_server maps X_Auth_User onto HTTP_X_AUTH_USER and joins it with X-Auth-User.
        ["environ.HTTP.underscore_names/spoof"] = Outcome.Warn,
        // wsgi.input is the socket's file: reading past CONTENT_LENGTH waits for bytes that never come.
        ["input.eof_at_content_length/read-past"] = Outcome.Warn,
        ["input.eof_at_content_length/one-big-read"] = Outcome.Warn,
        ["input.read.exhausted_empty"] = Outcome.Warn,
        ["input.read.no_arg"] = Outcome.Warn,
        // No Transfer-Encoding: chunked decoding of request bodies.
        ["input.chunked_decoded"] = Outcome.Fail,
        // handlers.start_response checks the status but not header values for CR/LF.
        ["start_response.check_at_call/header-newline"] = Outcome.Warn,
        // handlers.write() sends the headers on the first item, even an empty one.
        ["start_response.defer_headers.empty_chunk"] = Outcome.Fail,
        // handlers.write() sends every byte the app gives, past its Content-Length.
        ["content_length.server.no_overrun"] = Outcome.Warn,
        // A HEAD response carries the body the app produced.
        ["http.head.no_body"] = Outcome.Fail,

        // HTTP/1.1 framing (issue 10; docs/FINDINGS.md). wsgiref answers one request per connection and
        // closes, so nothing is ever smuggled; what fails is the parsing itself.
        // simple_server copies Content-Length into CONTENT_LENGTH unchecked (the first field when there are
        // two) and wsgi.input is the socket: the probe's read(5) gets 5 bytes whatever the value. RFC 9112 §6.3: 400.
        ["http1.content_length.invalid/plus"] = Outcome.Fail,
        ["http1.content_length.invalid/minus"] = Outcome.Fail,
        ["http1.content_length.invalid/hex"] = Outcome.Fail,
        ["http1.content_length.invalid/inner-space"] = Outcome.Fail,
        ["http1.content_length.invalid/underscore"] = Outcome.Fail,
        ["http1.content_length.invalid/decimal-point"] = Outcome.Fail,
        ["http1.content_length.invalid/empty"] = Outcome.Fail,
        ["http1.content_length.invalid/differing-fields"] = Outcome.Fail,
        ["http1.content_length.invalid/differing-list"] = Outcome.Fail,
        // 'Name : value' is not refused (RFC 9112 §5.1: 400); email's parser drops the line or ends the head there.
        ["http1.field.space_before_colon/content-length"] = Outcome.Fail,
        ["http1.field.space_before_colon/transfer-encoding"] = Outcome.Fail,
        ["http1.field.space_before_colon/other"] = Outcome.Fail,
        // No transfer codings at all: Transfer-Encoding is ignored and the app reads the chunked bytes raw.
        ["http1.body.whole_framing/chunked"] = Outcome.Fail,
        ["http1.transfer_encoding.with_content_length/cl-te"] = Outcome.Fail,
        ["http1.transfer_encoding.with_content_length/te-cl"] = Outcome.Fail,
        ["http1.transfer_encoding.chunked_not_final/chunked-gzip"] = Outcome.Fail,
        ["http1.transfer_encoding.chunked_not_final/gzip"] = Outcome.Fail,
        ["http1.transfer_encoding.chunked_not_final/identity"] = Outcome.Fail,
        ["http1.transfer_encoding.unknown"] = Outcome.Warn,
        // The same parsing with the body (and the canary) 300 ms after the head: nothing is smuggled (wsgiref closes
        // after one answer), but the app still gets the unchecked Content-Length and the raw chunked bytes.
        ["http1.content_length.invalid/plus-split"] = Outcome.Fail,
        ["http1.content_length.invalid/hex-split"] = Outcome.Fail,
        ["http1.transfer_encoding.with_content_length/cl-te-split"] = Outcome.Fail,
        ["http1.transfer_encoding.with_content_length/te-cl-split"] = Outcome.Fail,
        ["http1.transfer_encoding.chunked_not_final/gzip-split"] = Outcome.Fail,
        ["http1.transfer_encoding.unknown/split"] = Outcome.Warn,
        ["http1.transfer_encoding.chunked_twice/list"] = Outcome.Warn,
        ["http1.transfer_encoding.chunked_twice/two-fields"] = Outcome.Warn,
        ["http1.transfer_encoding.case_insensitive"] = Outcome.Fail,
        ["http1.chunked.size_invalid/0x-prefix"] = Outcome.Fail,
        ["http1.chunked.size_invalid/plus"] = Outcome.Fail,
        ["http1.chunked.size_invalid/minus"] = Outcome.Fail,
        ["http1.chunked.size_invalid/leading-space"] = Outcome.Fail,
        ["http1.chunked.size_invalid/underscore"] = Outcome.Fail,
        ["http1.chunked.size_invalid/empty"] = Outcome.Fail,
        ["http1.chunked.size_overflow"] = Outcome.Fail,
        ["http1.chunked.extension_ignored/name"] = Outcome.Fail,
        ["http1.chunked.extension_ignored/value"] = Outcome.Fail,
        ["http1.chunked.extension_ignored/quoted"] = Outcome.Fail,
        ["http1.chunked.crlf/size-bare-lf"] = Outcome.Fail,
        ["http1.chunked.crlf/data-no-crlf"] = Outcome.Fail,
        ["http1.chunked.crlf/data-bare-lf"] = Outcome.Fail,
        ["http1.chunked.crlf/data-too-long"] = Outcome.Fail,
        ["http1.chunked.trailer_not_merged/field"] = Outcome.Fail,
        ["http1.chunked.trailer_not_merged/content-length"] = Outcome.Fail,
        // http.client.parse_headers keeps obs-fold as '\r\n ' in the value, and email's parser ends a line at a bare CR.
        ["http1.field.obs_fold/space"] = Outcome.Fail,
        ["http1.field.obs_fold/tab"] = Outcome.Fail,
        ["http1.line_ending.bare_cr/in-value"] = Outcome.Fail,
        ["http1.line_ending.bare_cr/line-end"] = Outcome.Fail,
        // A NUL in a value reaches the app (RFC 9110 §5.5: reject or replace with SP).
        ["http1.field.value_ctl/nul"] = Outcome.Fail,
        // http.server's parse_request splits the line on whitespace and checks neither the method nor the target;
        // no version means HTTP/0.9 (an answer without a status line), and so does its 400 for 'http/1.1';
        // an empty line before the request line ends the connection without an answer.
        ["http1.request_line.invalid/method"] = Outcome.Warn,
        ["http1.request_line.invalid/no-version"] = Outcome.Warn,
        ["http1.request_line.invalid/lowercase-version"] = Outcome.Warn,
        ["http1.request_line.invalid/nul-in-target"] = Outcome.Warn,
        ["http1.request_line.invalid/control-in-target"] = Outcome.Warn,
        ["http1.request_line.invalid/asterisk-get"] = Outcome.Warn,
        ["http1.request_line.leading_empty_line"] = Outcome.Warn,
        // handlers.write() does not count bytes against the app's Content-Length, so write() never raises.
        ["write.past_content_length"] = Outcome.Warn,
        // util.FileWrapper is iterated whole; nothing stops at the app's Content-Length.
        ["file_wrapper.content_length_limit"] = Outcome.Warn,
        // Property cases (issue 6), each shrunk counterexample checked by hand against Lib/wsgiref and Lib/http/server.py (3.11.7):
        // 'GET http://127.0.0.1:PORT/ HTTP/1.1' gives PATH_INFO 'http://127.0.0.1:PORT/' (as above), and
        // 'GET // HTTP/1.1' gives PATH_INFO '/': BaseHTTPRequestHandler.parse_request collapses a leading '//' (gh-87389).
        ["environ.path.url_decoded/property"] = Outcome.Fail,
        // get_environ skips a field whose CGI name is already in the environ ('Request-Method: x' never becomes
        // HTTP_REQUEST_METHOD; likewise Script-Name, Path-Info, Query-String, Server-Name, Server-Protocol, Remote-Addr),
        // maps '_' names ('X_Forwarded_Proto: x' becomes HTTP_X_FORWARDED_PROTO), and str.strip()s values, so
        // 'X-Request-Id: \x85' becomes '' (NEL and NBSP are not OWS in RFC 9110 §5.5).
        ["environ.HTTP.correspondence/property"] = Outcome.Warn,
        // No chunked decoding: 'Transfer-Encoding: chunked' with '1\r\n!\r\n0\r\n\r\n' reads b'1', the chunk size line.
        ["input.chunked_decoded/property"] = Outcome.Fail,
        // Generated responses: a HEAD response carries the app's bytes (as http.head.no_body above).
        ["iterable.binary_unaltered/property"] = Outcome.Fail,
        // Keep-alive sequences: wsgiref answers HTTP/1.0 and closes, so only first requests are judged, and they
        // carry the request properties' findings (chunked bodies not decoded, stripped field values).
        ["http1.body.unread_not_parsed/property"] = Outcome.Fail,
    };

    public static TheoryData<string> CaseIds => [.. SuiteCatalogue.All.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task Case_gives_wsgirefs_known_verdict(string id)
    {
        Case c = SuiteCatalogue.All.Single(x => x.Id == id);

        CaseResult result = await SuiteRunner.RunOneAsync(wsgiref.Probe, c, new RunOptions { Timeout = TimeSpan.FromSeconds(3) }, CancellationToken.None);

        if (Known.TryGetValue(id, out Outcome expected))
        {
            Assert.True(result.Outcome == expected, $"expected {expected}, got {result.Outcome}: {result.Message}");
        }
        else
        {
            Assert.True(result.Outcome is Outcome.Pass or Outcome.Info, $"{result.Outcome}: {result.Message}");
        }
    }
}
