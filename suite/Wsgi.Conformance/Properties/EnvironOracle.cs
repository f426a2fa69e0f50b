using System.Globalization;
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
/// <item>Connection and Transfer-Encoding (hop-by-hop): their HTTP_ keys may be left out.</item>
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

    // PATH_INFO: the decoded path below the mount. A value that is the undecoded path breaks
    // environ.path.url_decoded; the whole absolute-form target breaks environ.PATH_INFO.request_target_forms;
    // any other difference breaks url_decoded when the path has escapes, environ.path.concatenation when not.
    private static ExpectedEntry PathInfo(string target, string mount)
    {
        var (rawPath, _) = RequestOracle.SplitTarget(target);
        string decoded = RequestOracle.PercentDecode(rawPath);
        if (!decoded.StartsWith(mount, StringComparison.Ordinal))
        {
            throw new FormatException($"the path {rawPath} is not below the mount {mount}");
        }

        var diagnoses = new List<(string, Rule)> { (rawPath[mount.Length..], Rules.EnvironPathUrlDecoded) };
        if (!target.StartsWith('/'))
        {
            string whole = target.Split('?')[0];
            diagnoses.Add((whole, Rules.EnvironPathInfoRequestTargetForms));
            diagnoses.Add((RequestOracle.PercentDecode(whole), Rules.EnvironPathInfoRequestTargetForms));
        }

        return new ExpectedEntry("PATH_INFO", [decoded[mount.Length..]], rawPath.Contains('%') ? Rules.EnvironPathUrlDecoded : Rules.EnvironPathConcatenation, diagnoses);
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
            if (key is "HTTP_CONNECTION" or "HTTP_TRANSFER_ENCODING")
            {
                accepted.Add(null);
            }

            Rule rule = underscored ? Rules.EnvironHttpUnderscoreNames : values.Length > 1 ? Rules.EnvironHttpRepeatedCombined : Rules.EnvironHttpCorrespondence;
            yield return new ExpectedEntry(key, accepted, rule);
        }
    }
}
