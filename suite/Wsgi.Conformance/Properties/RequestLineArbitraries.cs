using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Wsgi.Conformance.Properties;

/// <summary>Request-line parts. Methods: 80 % the common six (GET POST PUT DELETE PATCH OPTIONS), 20 % an
/// upper-case extension token of 3-10 letters (never HEAD, CONNECT or TRACE, whose responses carry no
/// trace); targets: 0-5 segments of 0-8 pieces (60 % unreserved characters, 10 % sub-delimiters, ':' or
/// '@', 30 % %XX escapes: %2F, %25, %20, %3F, %23, %E9, %FF, %C3%A9, %7E in either case, or any other
/// non-zero octet; never a segment that decodes to "." or ".."), absolute-form one time in seven; the
/// query absent 45 %, empty 10 %, else 1-4 key=value pairs of query characters and escapes; HTTP/1.0
/// one time in five. Pieces are drawn from a seeded <see cref="System.Random"/> (one FsCheck draw per
/// segment or query). Shrinking is the request's: segments and pieces dropped, the query dropped,
/// towards GET, origin-form and HTTP/1.1.</summary>
public static class RequestLineArbitraries
{
    private const string Unreserved = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";
    private const string SubDelims = "!$&'()*+,;=:@";
    private const string QueryDelims = "!$'()*+,;:@/?";

    private static readonly string[] CommonMethods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];
    private static readonly string[] NamedEscapes = ["%2F", "%25", "%20", "%3F", "%23", "%E9", "%FF", "%C3%A9", "%7E", "%2f", "%c3%a9"];

    /// <summary>Methods.</summary>
    public static Gen<string> Method() => Gen.Frequency((4, Gen.Elements(CommonMethods)), (1, ExtensionMethod()));

    /// <summary>Path segments below the mount.</summary>
    public static Gen<IReadOnlyList<IReadOnlyList<string>>> Segments() =>
        from count in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 5)))
        from seed in Gen.Choose(0, int.MaxValue)
        select SegmentsOf(count, seed);

    /// <summary>The query: <c>null</c> (no '?'), empty, or key=value pairs.</summary>
    public static Gen<IReadOnlyList<string>?> Query() => Gen.Frequency(
        (9, Gen.Constant<IReadOnlyList<string>?>(null)),
        (2, Gen.Constant<IReadOnlyList<string>?>([])),
        (9, from count in Gen.Choose(1, 4)
            from seed in Gen.Choose(0, int.MaxValue)
            select (IReadOnlyList<string>?)QueryOf(count, seed)));

    /// <summary>Absolute-form (true) one time in seven.</summary>
    public static Gen<bool> AbsoluteForm() => Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)));

    /// <summary>HTTP/1.0 (true) one time in five.</summary>
    public static Gen<bool> Http10() => Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)));

    /// <summary>Whether the pieces of a segment decode to "." or "..", which servers may remove as dot-segments.</summary>
    public static bool IsDotSegment(IReadOnlyList<string> pieces) =>
        RequestOracle.PercentDecode(string.Concat(pieces)) is "." or "..";

    private static Gen<string> ExtensionMethod() =>
        from n in Gen.Choose(3, 10)
        from cs in Gen.ArrayOf(Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray()), n)
        let method = new string(cs)
        where method is not ("HEAD" or "CONNECT" or "TRACE")
        select method;

    private static IReadOnlyList<IReadOnlyList<string>> SegmentsOf(int count, int seed)
    {
        var random = new System.Random(seed);
        var segments = new List<IReadOnlyList<string>>(count);
        while (segments.Count < count)
        {
            int pieces = random.Next(13) == 0 ? 0 : random.Next(1, 9);
            string[] segment = [.. Enumerable.Range(0, pieces).Select(_ => Piece(random, SubDelims))];
            if (!IsDotSegment(segment))
            {
                segments.Add(segment);
            }
        }

        return segments;
    }

    private static List<string> QueryOf(int pairs, int seed)
    {
        var random = new System.Random(seed);
        var pieces = new List<string>();
        for (int p = 0; p < pairs; p++)
        {
            if (p > 0)
            {
                pieces.Add("&");
            }

            pieces.AddRange(Enumerable.Range(0, random.Next(1, 7)).Select(_ => Piece(random, QueryDelims)));
            pieces.Add("=");
            pieces.AddRange(Enumerable.Range(0, random.Next(0, 11)).Select(_ => Piece(random, QueryDelims)));
        }

        return pieces;
    }

    // 60 % unreserved, 10 % a delimiter, 30 % an escape (three in four a named one, else any octet but 0x00, which Kestrel refuses).
    private static string Piece(System.Random random, string delimiters)
    {
        int roll = random.Next(10);
        return roll < 6 ? Unreserved[random.Next(Unreserved.Length)].ToString()
            : roll < 7 ? delimiters[random.Next(delimiters.Length)].ToString()
            : random.Next(4) < 3 ? NamedEscapes[random.Next(NamedEscapes.Length)]
            : "%" + random.Next(1, 256).ToString("X2", CultureInfo.InvariantCulture);
    }
}
