using FsCheck;
using FsCheck.Fluent;

namespace Wsgi.Validator.Tests.Properties;

/// <summary>Generators of valid interactions and of single mutations.
/// <see cref="Interactions"/>: status uniform over 100-599 (a fifth from the no-body statuses), 0-6 headers
/// of RFC 9110 tokens with printable latin-1 values, 0-5 chunks of 0-64 bytes (empty ones included),
/// any result shape, GET/HEAD/POST with a 0-200 byte body; shrinks by dropping headers and chunks, then
/// towards "200 OK" with a list result.</summary>
public static class InteractionArbitraries
{
    private const string TokenChars = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    // Names the generator leaves to the interaction itself (framing, hop-by-hop, and those with rules of their own).
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "content-type", "content-length", "etag", "status", "connection", "keep-alive", "proxy-authenticate",
        "proxy-authorization", "te", "trailer", "trailers", "transfer-encoding", "upgrade",
        "allow", "content-encoding", "content-language", "content-md5", "content-range",
    };

    /// <summary>Valid interactions.</summary>
    public static Arbitrary<Interaction> Interactions() => Arb.From(InteractionGen(), Shrink);

    /// <summary>Mutations, uniformly.</summary>
    public static Arbitrary<Mutation> Mutations() => Arb.From(Gen.Elements(Enum.GetValues<Mutation>()));

    private static Gen<string> Token(int maxLength) =>
        from length in Gen.Choose(1, maxLength)
        from chars in Gen.ArrayOf(Gen.Elements(TokenChars.ToCharArray()), length)
        select new string(chars);

    // Printable latin-1: visible ASCII, space and HTAB inside, and 0xA0-0xFF; no leading or trailing whitespace.
    private static Gen<string> FieldValue() =>
        from length in Gen.Choose(0, 40)
        from chars in Gen.ArrayOf(Gen.Frequency((8, Gen.Choose(0x21, 0x7e)), (1, Gen.Elements(0x20, 0x09)), (1, Gen.Choose(0xa0, 0xff))).Select(c => (char)c), length)
        select new string(chars).Trim(' ', '\t');

    private static Gen<string> Reason() =>
        from length in Gen.Choose(1, 20)
        from chars in Gen.ArrayOf(Gen.Frequency((9, Gen.Choose(0x21, 0x7e)), (1, Gen.Constant(0x20))).Select(c => (char)c), length)
        let text = new string(chars).Trim()
        select text.Length == 0 ? "OK" : text;

    private static Gen<byte[]> Chunk() =>
        from length in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 64)))
        from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), length)
        select bytes;

    private static Gen<Interaction> InteractionGen() =>
        from status in Gen.Frequency((4, Gen.Choose(200, 599).Where(s => s is not (204 or 304))), (1, Gen.Elements(100, 102, 103, 204, 304)))
        from reason in Reason()
        from headerCount in Gen.Choose(0, 6)
        from headers in Gen.ListOf(Gen.Zip(Token(16).Where(n => !Reserved.Contains(n)), FieldValue()), headerCount)
        from chunkCount in Gen.Choose(0, 5)
        from chunks in Gen.ListOf(Chunk(), chunkCount)
        from declareLength in Gen.Elements(true, false)
        from startInGenerator in Gen.Elements(true, false)
        from writes in Gen.Choose(0, chunkCount)
        from shape in Gen.Elements(Enum.GetValues<ResultShape>())
        from method in Gen.Elements("GET", "HEAD", "POST")
        from bodyLength in Gen.Choose(0, 200)
        from body in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), bodyLength)
        from readSize in Gen.Choose(1, 64)
        select Valid(status, reason, [.. headers.Select(h => (h.Item1, h.Item2))], [.. chunks], declareLength, writes, startInGenerator, shape, method, method == "POST" ? body : [], readSize);

    // Bends generated values into the rules: no body and no Content-Type where the status forbids them,
    // a Content-Type everywhere else, no write() when start_response runs inside the generator.
    private static Interaction Valid(int status, string reason, List<(string, string)> headers, List<byte[]> chunks, bool declareLength,
        int writes, bool startInGenerator, ResultShape shape, string method, byte[] body, int readSize)
    {
        bool noBody = status is >= 100 and < 200 or 204 or 304;
        if (noBody)
        {
            chunks = [.. chunks.Select(_ => Array.Empty<byte>())];
        }
        else
        {
            headers.Insert(0, ("Content-Type", "application/octet-stream"));
        }

        return new Interaction(status, reason, headers, chunks, declareLength && status is not (>= 100 and < 200 or 204), startInGenerator ? 0 : writes,
            startInGenerator, shape, method, body, readSize);
    }

    private static IEnumerable<Interaction> Shrink(Interaction i)
    {
        for (int h = 0; h < i.Headers.Count; h++)
        {
            if (i.Headers[h].Name != "Content-Type")
            {
                yield return i with { Headers = [.. i.Headers.Where((_, k) => k != h)] };
            }
        }

        for (int c = 0; c < i.Chunks.Count; c++)
        {
            yield return i with { Chunks = [.. i.Chunks.Where((_, k) => k != c)], WriteCount = Math.Min(i.WriteCount, i.Chunks.Count - 1) };
        }

        if (i.Shape != ResultShape.List)
        {
            yield return i with { Shape = ResultShape.List };
        }

        if (i.RequestBody.Length > 0)
        {
            yield return i with { RequestBody = [] };
        }
    }
}
