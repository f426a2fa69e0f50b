using FsCheck;
using FsCheck.Fluent;

namespace Wsgi.Conformance.Properties;

/// <summary>Request bodies. 40 % none, 35 % Content-Length, 25 % chunked; 0-64 uniformly random bytes
/// nine times in ten, else 65-2000; chunked bodies in 1-6 chunks of random sizes (split points
/// uniform), sizes in upper-case hex half the time, a chunk extension one time in seven, 0-2
/// trailer fields one time in five. Shrinking is the request's: no body, chunked to Content-Length,
/// the data halved, extensions and trailers dropped, fewer chunks.</summary>
public static class BodyArbitraries
{
    private static readonly string[] TrailerNames = ["X-Checksum", "X-Trailer-A", "Server-Timing", "X-Digest"];

    /// <summary>Body octets, uniformly random from a seeded <see cref="System.Random"/> (one FsCheck draw per body).</summary>
    public static Gen<byte[]> Data() =>
        from length in Gen.Frequency((9, Gen.Choose(0, 64)), (1, Gen.Choose(65, 2000)))
        from seed in Gen.Choose(0, int.MaxValue)
        select Octets(length, seed);

    private static byte[] Octets(int length, int seed)
    {
        var bytes = new byte[length];
        new System.Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Bodies.</summary>
    public static Gen<GeneratedBody> Body() => Gen.Frequency(
        (8, Gen.Constant(GeneratedBody.None)),
        (7, Data().Select(d => new GeneratedBody(BodyKind.ContentLength, d, [], false, null, []))),
        (5, Chunked()));

    /// <summary>Chunked bodies.</summary>
    public static Gen<GeneratedBody> Chunked() =>
        from data in Data()
        from cuts in Gen.ListOf(Gen.Choose(1, Math.Max(1, data.Length - 1)), Math.Min(5, Math.Max(0, data.Length - 1)))
        from pieces in Gen.Choose(0, 5)
        from upper in Gen.Elements(false, true)
        from extension in Gen.Frequency((6, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>(";ext", ";name=value", ";a=\"quoted\"")))
        from trailerCount in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
        from trailers in Gen.ListOf(Gen.Zip(Gen.Elements(TrailerNames), HeaderArbitraries.Value()), trailerCount)
        select new GeneratedBody(BodyKind.Chunked, data, Sizes(data.Length, [.. cuts.Take(pieces)]), upper, extension,
            [.. trailers.Select(t => (t.Item1, t.Item2.Length > 60 ? t.Item2[..60].Trim(' ', '\t') : t.Item2))]);

    /// <summary>Chunk sizes splitting <paramref name="length"/> octets at the given cut points (no empty chunk).</summary>
    public static IReadOnlyList<int> Sizes(int length, IEnumerable<int> cuts)
    {
        int[] points = [0, .. cuts.Where(c => c > 0 && c < length).Distinct().Order(), length];
        return length == 0 ? [] : [.. points.Zip(points.Skip(1), (a, b) => b - a)];
    }
}
