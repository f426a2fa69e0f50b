using Wsgi.Catalogue;
using Wsgi.Conformance.Properties;
using Wsgi.Conformance.Running;
using static Wsgi.Catalogue.Rules;

namespace Wsgi.Conformance.Cases;

/// <summary>Property-based cases: each sends <c>--examples</c> generated requests (request lines, header
/// sets, bodies; see <see cref="RequestArbitraries"/>) and compares what the probe saw with
/// <see cref="EnvironOracle"/>, judging only its own rules, so that each finds and shrinks its own
/// counterexample. Ids are <c>rule.id/property</c> (<c>--case '*/property'</c> picks them all).</summary>
public static class Properties
{
    /// <summary>The cases of this section.</summary>
    public static IEnumerable<Case> All =>
    [
        Property("generated targets (origin- and absolute-form, %2F %25 latin-1 escapes): SCRIPT_NAME + PATH_INFO is the decoded path",
            EnvironPathUrlDecoded, EnvironPathConcatenation, EnvironPathInfoRequestTargetForms, EnvironScriptNamePresence),
        Property("generated queries: QUERY_STRING is the raw text after '?'", EnvironQueryStringRaw),
        Property("generated header sets (repeats, mixed case, '_' names, latin-1 values): HTTP_* match the fields",
            EnvironHttpCorrespondence, EnvironHttpRepeatedCombined, EnvironHttpUnderscoreNames, EnvironNoHttpContentTypeLength, Http1ChunkedTrailerNotMerged),
        Property("generated requests: REQUEST_METHOD, SERVER_PROTOCOL, CONTENT_TYPE and CONTENT_LENGTH as sent",
            EnvironRequestMethodToken, EnvironServerProtocolRequestVersion, EnvironContentTypeValue, EnvironContentLengthValue),
        Property("generated bodies (Content-Length, chunked with random chunk sizes, extensions, trailers): wsgi.input gives the decoded body",
            InputChunkedDecoded, InputPythonSemantics),
        ResponseCase(),
        KeepAliveCase(),
    ];

    // Generated keep-alive sequences (2 to 4 requests on one connection, bodies read whole, half or not at all):
    // every answered request reaches the app as the oracle says, and no unread body is parsed as a request.
    private static Case KeepAliveCase()
    {
        string id = CaseKit.Id(KeepAliveProperty.Rules[0], "property");
        return new Case(id, "generated keep-alive sequences (2 to 4 requests on one connection, bodies read whole, half or not at all): each request reaches the app as sent",
            KeepAliveProperty.Rules, (ctx, ev) => KeepAliveProperty.RunAsync(ctx, ev, id));
    }

    // Generated responses (statuses, fields, Content-Length or none, write() then items with empty and binary
    // ones, GET or HEAD, HTTP/1.1 or 1.0): the wire carries exactly the app's bytes, framed correctly.
    private static Case ResponseCase()
    {
        string id = CaseKit.Id(ResponseOracle.Rules[0], "property");
        return new Case(id, "generated responses (statuses, fields, write() and items, empty and binary, HEAD, HTTP/1.0): the body arrives unaltered and well framed",
            ResponseOracle.Rules, (ctx, ev) => ResponseProperty.RunAsync(ctx, ev, id));
    }

    private static Case Property(string title, params Rule[] rules)
    {
        string id = CaseKit.Id(rules[0], "property");
        return new Case(id, title, rules, (ctx, ev) => PropertyCheck.RunAsync(ctx, ev, id, rules));
    }
}
