using System.Globalization;
using System.Text;
using Wsgi.Catalogue;

namespace Wsgi.Conformance.Properties;

/// <summary>The single statement of what a correct server hands the app for a request: a pure function
/// from the raw request bytes and the mount point to the environ PEP 3333 and CGI (RFC 3875) require.
/// Where servers legitimately differ it accepts each choice, and says so here:
/// <list type="bullet">
/// <item>QUERY_STRING without a '?' in the target: '' or absent (PEP 3333: "may be empty or absent").</item>
/// <item>CONTENT_LENGTH without a Content-Length field: absent, '' or '0'; for a chunked body also the decoded
/// length (servers that buffer the body, like waitress, announce it).</item>
/// <item>Repeated fields: joined with ", " or with "," (RFC 9110 §5.3: both are the same field value).</item>
/// <item>Field values are the octets between the colon's OWS and the line's trailing OWS (SP and HTAB only,
/// RFC 9110 §5.5): obs-text such as 0x85 or 0xA0 at either end is part of the value.</item>
/// <item>Connection and Transfer-Encoding (hop-by-hop) and Expect (answered by the server): their HTTP_ keys may be left out.</item>
/// <item>Fields whose name has '_' must not reach the app (environ.HTTP.underscore_names): a server
/// cannot tell X_Foo from X-Foo after the CGI mapping, so the only safe choice is to drop them.</item>
/// </list></summary>
public static class EnvironOracle
{
    private static readonly string?[] AbsentOrEmpty = [null, ""];

    /// <summary>The environ a correct server gives for <paramref name="request"/> with the app mounted at
    /// <paramref name="mount"/> ('' at the root). Throws <see cref="FormatException"/> for a malformed request.</summary>
    public static ExpectedEnviron Expect(ReadOnlySpan<byte> request, string mount)
    {
        ParsedRequest r = RequestOracle.Parse(request);
        var entries = new List<ExpectedEntry>
        {
            new("REQUEST_METHOD", [r.Method], Rules.EnvironRequestMethodToken),
            new("SCRIPT_NAME", [mount], Rules.EnvironScriptNamePresence),
            PathInfo(r.Target, mount),
            Query(r.Target),
            new("SERVER_PROTOCOL", [r.Version], Rules.EnvironServerProtocolRequestVersion),
        };
        string? contentType = RequestOracle.Combined(r.Fields, "Content-Type");
        entries.Add(contentType is null
            ? new("CONTENT_TYPE", [null], Rules.EnvironMissingOmitted)
            : new("CONTENT_TYPE", [contentType], Rules.EnvironContentTypeValue));
        string? contentLength = RequestOracle.Combined(r.Fields, "Content-Length");
        entries.Add(contentLength is not null
            ? new("CONTENT_LENGTH", [contentLength], Rules.EnvironContentLengthValue)
            : new("CONTENT_LENGTH", r.Chunked ? [null, "", r.Body.Length.ToString(CultureInfo.InvariantCulture)] : [null, "", "0"], Rules.EnvironContentLengthValue));
        entries.AddRange(HttpEntries(r.Fields));
        HashSet<string> trailerKeys = [.. r.Trailers.Select(t => CgiKey(t.Name))];
        trailerKeys.ExceptWith(entries.Select(e => e.Key));
        return new ExpectedEnviron(entries, trailerKeys, r.Body, r.Chunked);
    }

    /// <summary>The CGI key of a field name: <c>HTTP_</c> + upper case, '-' as '_' (RFC 3875 §4.1.18).</summary>
    public static string CgiKey(string name) => "HTTP_" + name.ToUpperInvariant().Replace('-', '_');

    // PATH_INFO: the decoded path below the mount. Differences that decoding explains break
    // environ.path.url_decoded (left undecoded, decoded as UTF-8, %2F kept); the whole absolute-form target
    // breaks environ.PATH_INFO.request_target_forms; any other difference (a path rewritten: '//' collapsed,
    // dot-segments removed) breaks environ.path.concatenation.
    private static ExpectedEntry PathInfo(string target, string mount)
    {
        var (rawPath, _) = RequestOracle.SplitTarget(target);
        string decoded = RequestOracle.PercentDecode(rawPath);
        if (!decoded.StartsWith(mount, StringComparison.Ordinal))
        {
            throw new FormatException($"the path {rawPath} is not below the mount {mount}");
        }

        string below = rawPath[mount.Length..];
        var diagnoses = new List<(string, Rule)>
        {
            (below, Rules.EnvironPathUrlDecoded),
            (Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(RequestOracle.PercentDecode(below))), Rules.EnvironPathUrlDecoded),
            (string.Join("%2F", below.Split("%2F", StringSplitOptions.None).Select(p => string.Join("%2f", p.Split("%2f").Select(RequestOracle.PercentDecode)))), Rules.EnvironPathUrlDecoded),
        };
        if (!target.StartsWith('/'))
        {
            string whole = target.Split('?')[0];
            diagnoses.Add((whole, Rules.EnvironPathInfoRequestTargetForms));
            diagnoses.Add((RequestOracle.PercentDecode(whole), Rules.EnvironPathInfoRequestTargetForms));
        }

        return new ExpectedEntry("PATH_INFO", [decoded[mount.Length..]], Rules.EnvironPathConcatenation, diagnoses);
    }

    private static ExpectedEntry Query(string target)
    {
        var (_, query) = RequestOracle.SplitTarget(target);
        return new ExpectedEntry("QUERY_STRING", query is null ? AbsentOrEmpty : [query], Rules.EnvironQueryStringRaw);
    }

    private static IEnumerable<ExpectedEntry> HttpEntries(IReadOnlyList<(string Name, string Value)> fields)
    {
        foreach (var group in fields.GroupBy(f => CgiKey(f.Name)))
        {
            string key = group.Key;
            string[] values = [.. group.Where(f => !f.Name.Contains('_')).Select(f => f.Value)];
            bool underscored = group.Any(f => f.Name.Contains('_'));
            if (key is "HTTP_CONTENT_TYPE" or "HTTP_CONTENT_LENGTH")
            {
                yield return new ExpectedEntry(key, [null], underscored ? Rules.EnvironHttpUnderscoreNames : Rules.EnvironNoHttpContentTypeLength);
                continue;
            }

            if (values.Length == 0)
            {
                yield return new ExpectedEntry(key, [null], Rules.EnvironHttpUnderscoreNames);
                continue;
            }

            List<string?> accepted = [.. new[] { string.Join(", ", values), string.Join(",", values) }.Distinct()];
            if (key is "HTTP_CONNECTION" or "HTTP_TRANSFER_ENCODING" or "HTTP_EXPECT")
            {
                accepted.Add(null);
            }

            // One of several values alone (the others overwritten or dropped) breaks environ.HTTP.repeated_combined;
            // any other wrong value (a value altered, a field missing) environ.HTTP.correspondence.
            Rule rule = underscored ? Rules.EnvironHttpUnderscoreNames : Rules.EnvironHttpCorrespondence;
            (string, Rule)[] overwritten = values.Length > 1 ? [.. values.Select(v => (v, Rules.EnvironHttpRepeatedCombined))] : [];
            yield return new ExpectedEntry(key, accepted, rule, overwritten);
        }
    }
}
