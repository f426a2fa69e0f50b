using Wsgi.Catalogue;
using Wsgi.Conformance.Harness;
using Wsgi.Python;
using static Wsgi.Catalogue.Rules;

namespace Wsgi.Conformance.Properties;

/// <summary>What a correct server puts on the wire for a <see cref="GeneratedResponse"/>, compared with what
/// it did: the app's status code; no body for HEAD (<c>http.head.no_body</c>) or for 204 and 304; otherwise
/// exactly the written bytes, then the items' bytes, unaltered (<c>write.ordering</c>,
/// <c>iterable.empty_items</c>, <c>iterable.binary_unaltered</c>); chunked framing only towards HTTP/1.1
/// (<c>chunked.http11_only</c>) and well formed (<c>chunked.rfc_compliant</c>). A server may add or change
/// header fields (PEP 3333 lets it), so fields are not compared.</summary>
public static class ResponseOracle
{
    /// <summary>The rules the comparison judges.</summary>
    public static IReadOnlyList<Rule> Rules { get; } = [IterableBinaryUnaltered, IterableEmptyItems, WriteOrdering, HttpHeadNoBody, ChunkedRfcCompliant, ChunkedHttp11Only];

    /// <summary>The differences between <paramref name="wire"/> and what <paramref name="response"/> requires;
    /// <paramref name="problem"/> says why nothing could be compared (no response, another status).</summary>
    public static List<Mismatch> Compare(GeneratedResponse response, RawExchange wire, out string? problem)
    {
        var mismatches = new List<Mismatch>();
        HttpResponseMessageData? got = wire.Responses.LastOrDefault(r => r.StatusCode >= 200);
        if (got is null)
        {
            bool chunked = wire.ReceivedBytes.Length > 0 && Latin1Head(wire).Contains("chunked", StringComparison.OrdinalIgnoreCase);
            if (chunked && wire.ParseError is { } error)
            {
                mismatches.Add(new Mismatch(ChunkedRfcCompliant, "the chunked response", "a well-formed chunked body (RFC 9112 §7.1)", error));
                problem = null;
                return mismatches;
            }

            problem = $"no complete response ({wire.End}{(wire.ParseError is { } e ? ": " + e : "")})";
            return mismatches;
        }

        if (got.StatusCode != response.Status)
        {
            problem = $"status {got.StatusCode} instead of the app's {response.Status}";
            return mismatches;
        }

        problem = null;
        if (got.Framing == BodyFraming.Chunked && response.Http10)
        {
            mismatches.Add(new Mismatch(ChunkedHttp11Only, "Transfer-Encoding of the response to an HTTP/1.0 request", "no chunked coding", got.Header("Transfer-Encoding") ?? "chunked"));
        }

        int trailing = wire.ReceivedBytes.Length - got.End;
        if (response.Head)
        {
            int sent = got.Body.Length + Math.Max(0, trailing);
            if (sent > 0)
            {
                mismatches.Add(new Mismatch(HttpHeadNoBody, "bytes after the HEAD response head", "none", $"{sent} bytes"));
            }

            return mismatches;
        }

        byte[] expected = response.NoBodyStatus ? [] : response.Body;
        if (got.Body.AsSpan().SequenceEqual(expected))
        {
            return mismatches;
        }

        Rule rule = Diagnose(response, got.Body);
        mismatches.Add(new Mismatch(rule, "the response body", $"{Py.BytesRepr(Cut(expected))} ({expected.Length} bytes)", $"{Py.BytesRepr(Cut(got.Body))} ({got.Body.Length} bytes)"));
        return mismatches;
    }

    // Which rule a wrong body breaks: the items before the writes is write.ordering; a body cut short where an
    // empty item was is iterable.empty_items (b'' sent as a last chunk); anything else is an altered body.
    private static Rule Diagnose(GeneratedResponse response, byte[] actual)
    {
        byte[] swapped = System.Text.Encoding.Latin1.GetBytes(string.Concat(response.Items) + string.Concat(response.Writes));
        if (response.Writes.Count > 0 && response.Items.Any(i => i.Length > 0) && actual.AsSpan().SequenceEqual(swapped))
        {
            return WriteOrdering;
        }

        return response.Items.Any(i => i.Length == 0) && actual.Length < response.Body.Length && response.Body.AsSpan().StartsWith(actual)
            ? IterableEmptyItems
            : IterableBinaryUnaltered;
    }

    private static byte[] Cut(byte[] bytes) => bytes.Length <= 80 ? bytes : bytes[..80];

    private static string Latin1Head(RawExchange wire)
    {
        byte[] bytes = wire.ReceivedBytes;
        return System.Text.Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
    }
}
