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
        // handlers.write() does not count bytes against the app's Content-Length, so write() never raises.
        ["write.past_content_length"] = Outcome.Warn,
        // util.FileWrapper is iterated whole; nothing stops at the app's Content-Length.
        ["file_wrapper.content_length_limit"] = Outcome.Warn,
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
