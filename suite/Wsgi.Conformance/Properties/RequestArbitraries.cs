using FsCheck;
using FsCheck.Fluent;

namespace Wsgi.Conformance.Properties;

/// <summary>Whole requests from <see cref="RequestLineArbitraries"/>, <see cref="HeaderArbitraries"/> and
/// <see cref="BodyArbitraries"/>, bent into what RFC 9112 and the reference server accept (an HTTP/1.0
/// request is never chunked; an HTTP/1.0 POST or PUT always has a Content-Length, since Kestrel refuses
/// one without); an HTTP/1.1 request with a body sends <c>Expect: 100-continue</c> one time in six. Shrinks one
/// step at a time: drop a header field, the body, a trailer, the extension, chunks, half the data, Expect, the
/// query, a path segment or piece; then towards origin-form, HTTP/1.1, GET.</summary>
public static class RequestArbitraries
{
    /// <summary>Generated requests with their shrinker.</summary>
    public static Arbitrary<GeneratedRequest> Requests() => Arb.From(Gen(), Shrink);

    /// <summary>The generator.</summary>
    public static Gen<GeneratedRequest> Gen() =>
        from method in RequestLineArbitraries.Method()
        from absolute in RequestLineArbitraries.AbsoluteForm()
        from segments in RequestLineArbitraries.Segments()
        from query in RequestLineArbitraries.Query()
        from http10 in RequestLineArbitraries.Http10()
        from headers in HeaderArbitraries.Fields()
        from body in BodyArbitraries.Body()
        from expect in FsCheck.Fluent.Gen.Frequency((5, FsCheck.Fluent.Gen.Constant(false)), (1, FsCheck.Fluent.Gen.Constant(true)))
        select Normalize(new GeneratedRequest(method, absolute, segments, query, http10, headers, body, expect));

    /// <summary>Bends a request into what every target must accept.</summary>
    public static GeneratedRequest Normalize(GeneratedRequest r)
    {
        GeneratedBody body = r.Body;
        if (r.Http10 && body.Kind == BodyKind.Chunked)
        {
            body = body with { Kind = BodyKind.ContentLength, ChunkSizes = [], Extension = null, Trailers = [] };
        }

        if (r.Http10 && body.Kind == BodyKind.None && r.Method is "POST" or "PUT")
        {
            body = body with { Kind = BodyKind.ContentLength };
        }

        return r with { Body = body, ExpectContinue = r.ExpectContinue && !r.Http10 && body.Data.Length > 0 };
    }

    /// <summary>Smaller requests, simplest changes first.</summary>
    public static IEnumerable<GeneratedRequest> Shrink(GeneratedRequest r) => Candidates(r).Select(Normalize).Where(c => c != r && !SameAs(c, r));

    private static IEnumerable<GeneratedRequest> Candidates(GeneratedRequest r)
    {
        for (int i = 0; i < r.Headers.Count; i++)
        {
            yield return r with { Headers = [.. r.Headers.Where((_, k) => k != i)] };
        }

        GeneratedBody b = r.Body;
        if (b.Kind != BodyKind.None)
        {
            yield return r with { Body = GeneratedBody.None };
        }

        if (b.Trailers.Count > 0)
        {
            yield return r with { Body = b with { Trailers = [] } };
        }

        if (b.Extension is not null)
        {
            yield return r with { Body = b with { Extension = null } };
        }

        if (b.Kind == BodyKind.Chunked && b.ChunkSizes.Count > 1)
        {
            yield return r with { Body = b with { ChunkSizes = [b.Data.Length] } };
        }

        if (b.Kind == BodyKind.Chunked)
        {
            yield return r with { Body = b with { Kind = BodyKind.ContentLength, ChunkSizes = [], Extension = null, Trailers = [] } };
        }

        if (b.Data.Length > 0)
        {
            byte[] half = b.Data[..(b.Data.Length / 2)];
            yield return r with { Body = b with { Data = half, ChunkSizes = b.Kind == BodyKind.Chunked ? BodyArbitraries.Sizes(half.Length, []) : [] } };
        }

        if (b.UpperHex)
        {
            yield return r with { Body = b with { UpperHex = false } };
        }

        for (int i = 0; i < r.Headers.Count; i++)
        {
            var (name, value) = r.Headers[i];
            if (value.Length > 0)
            {
                string shorter = value[..(value.Length / 2)].Trim(' ', '\t');
                yield return r with { Headers = [.. r.Headers.Select((h, k) => k == i ? (name, shorter) : h)] };
            }
        }

        if (r.ExpectContinue)
        {
            yield return r with { ExpectContinue = false };
        }

        if (r.Query is { } query)
        {
            yield return r with { Query = null };
            for (int i = 0; i < query.Count; i++)
            {
                yield return r with { Query = [.. query.Where((_, k) => k != i)] };
            }
        }

        for (int s = 0; s < r.Segments.Count; s++)
        {
            yield return r with { Segments = [.. r.Segments.Where((_, k) => k != s)] };
        }

        for (int s = 0; s < r.Segments.Count; s++)
        {
            IReadOnlyList<string> segment = r.Segments[s];
            for (int p = 0; p < segment.Count; p++)
            {
                IReadOnlyList<string> smaller = [.. segment.Where((_, k) => k != p)];
                if (!RequestLineArbitraries.IsDotSegment(smaller))
                {
                    yield return r with { Segments = [.. r.Segments.Select((x, k) => k == s ? smaller : x)] };
                }
            }
        }

        if (r.AbsoluteForm)
        {
            yield return r with { AbsoluteForm = false };
        }

        if (r.Http10)
        {
            yield return r with { Http10 = false };
        }

        if (r.Method != "GET")
        {
            yield return r with { Method = "GET" };
        }
    }

    // Records compare their lists by reference; two requests are the same when they render the same.
    private static bool SameAs(GeneratedRequest a, GeneratedRequest b) => a.ToString() == b.ToString() && a.ExpectContinue == b.ExpectContinue &&
        a.Headers.SequenceEqual(b.Headers) && a.Body.WireBytes().AsSpan().SequenceEqual(b.Body.WireBytes()) &&
        a.Segments.Select(s => string.Concat(s)).SequenceEqual(b.Segments.Select(s => string.Concat(s))) && string.Concat(a.Query ?? []) == string.Concat(b.Query ?? []);
}
