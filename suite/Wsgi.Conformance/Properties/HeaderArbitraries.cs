using FsCheck;
using FsCheck.Fluent;

namespace Wsgi.Conformance.Properties;

/// <summary>Header fields (RFC 9110 §5). Names: 55 % a common field name, 10 % a name that looks like a
/// CGI variable (Path-Info, Query-String ...), 35 % a random token of 1-16 tchars ('_' included), each
/// in its own case a third of the time; values: 0-40 characters 80 % of the time, 41-300 15 %,
/// 301-900 5 %, of visible ASCII with inner SP/HTAB and obs-text (0x80-0xFF) one character in ten,
/// never DEL, never leading or trailing whitespace; 0-8 fields with one repeated (same name or another
/// case) a quarter of the time, an optional Content-Type; the framing, hop-by-hop, Host, Cookie and
/// X-Probe* names are never generated (the harness writes its own), and the block stays under
/// <see cref="MaxBlockBytes"/>. Shrinking is the request's: fields dropped, values halved.</summary>
public static class HeaderArbitraries
{
    /// <summary>The most bytes the generated fields take (the harness adds Host, X-Probe, framing and Connection).</summary>
    public const int MaxBlockBytes = 3000;

    private const string TChars = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static readonly string[] Common =
    [
        "Accept", "Accept-Language", "Accept-Encoding", "User-Agent", "Cache-Control", "Authorization", "Referer",
        "If-None-Match", "If-Modified-Since", "Origin", "Pragma", "X-Forwarded-For", "X-Request-Id", "Range", "Forwarded",
        "X-Forwarded_Proto", "Accept_Language",
    ];

    private static readonly string[] CgiLookalikes = ["Path-Info", "Query-String", "Server-Name", "Script-Name", "Remote-Addr", "Request-Method", "Server-Protocol"];

    // Names the harness writes itself, framing and hop-by-hop fields, and Cookie (combined with "; ").
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "host", "content-length", "transfer-encoding", "connection", "keep-alive", "te", "trailer", "upgrade", "expect",
        "proxy-connection", "http2-settings", "cookie", "content-type",
    };

    /// <summary>Whether a name may be generated: not reserved, not X-Probe*, also once '_' is read as '-'
    /// (a server mapping X_Probe onto HTTP_X_PROBE would garble the scenario, not show a bug).</summary>
    public static bool Allowed(string name)
    {
        string dashed = name.Replace('_', '-');
        return !Reserved.Contains(dashed) && !dashed.StartsWith("x-probe", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Field names.</summary>
    public static Gen<string> Name() =>
        from name in Gen.Frequency(
            (11, Gen.Elements(Common)),
            (2, Gen.Elements(CgiLookalikes)),
            (7, from n in Gen.Choose(1, 16)
                from tokenSeed in Gen.Choose(0, int.MaxValue)
                select Token(n, tokenSeed)))
        from recase in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from seed in Gen.Choose(0, int.MaxValue)
        where Allowed(name)
        select recase ? Recase(name, seed) : name;

    /// <summary>Field values. The characters come from a seeded <see cref="System.Random"/> (one FsCheck draw per
    /// value, not per character: generation stays far below a millisecond per request).</summary>
    public static Gen<string> Value() =>
        from length in Gen.Frequency((16, Gen.Choose(0, 40)), (3, Gen.Choose(41, 300)), (1, Gen.Choose(301, 900)))
        from seed in Gen.Choose(0, int.MaxValue)
        select ValueOf(length, seed);

    /// <summary>A value of <paramref name="length"/> characters (before trimming) drawn from <paramref name="seed"/>:
    /// 85 % visible ASCII, 5 % SP or HTAB, 10 % obs-text.</summary>
    public static string ValueOf(int length, int seed)
    {
        var random = new System.Random(seed);
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            int roll = random.Next(20);
            chars[i] = roll < 17 ? (char)random.Next(0x21, 0x7f) : roll < 18 ? (random.Next(2) == 0 ? ' ' : '\t') : (char)random.Next(0x80, 0x100);
        }

        return new string(chars).Trim(' ', '\t');
    }

    /// <summary>A Content-Type value: a common media type, with parameters sometimes.</summary>
    public static Gen<string> ContentType() => Gen.Elements(
        "text/plain", "application/json", "application/x-www-form-urlencoded", "text/plain; charset=latin-1",
        "multipart/form-data; boundary=XyZ", "application/octet-stream", "TEXT/HTML;Charset=\"utf-8\"");

    /// <summary>Header field lists.</summary>
    public static Gen<IReadOnlyList<(string Name, string Value)>> Fields() =>
        from count in Gen.Choose(0, 8)
        from fields in Gen.ListOf(Gen.Zip(Name(), Value()), count)
        from repeat in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from repeatValue in Value()
        from recase in Gen.Elements(false, true)
        from at in Gen.Choose(0, 8)
        from contentType in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, ContentType().Select(v => (string?)v)))
        select Limit(Build([.. fields.Select(f => (f.Item1, f.Item2))], repeat, repeatValue, recase, at, contentType));

    /// <summary>Drops fields from the end until the block fits <see cref="MaxBlockBytes"/>.</summary>
    public static IReadOnlyList<(string Name, string Value)> Limit(IReadOnlyList<(string Name, string Value)> fields)
    {
        var list = fields.ToList();
        while (list.Sum(f => f.Name.Length + f.Value.Length + 4) > MaxBlockBytes)
        {
            list.RemoveAt(list.Count - 1);
        }

        return list;
    }

    private static List<(string Name, string Value)> Build(List<(string Name, string Value)> fields, bool repeat, string repeatValue, bool recase, int at, string? contentType)
    {
        if (repeat && fields.Count > 0)
        {
            string name = fields[at % fields.Count].Name;
            fields.Insert(Math.Min(fields.Count, at), (recase ? Recase(name, at) : name, repeatValue));
        }

        if (contentType is not null)
        {
            fields.Insert(at % (fields.Count + 1), ("Content-Type", contentType));
        }

        return fields;
    }

    private static string Token(int length, int seed)
    {
        var random = new System.Random(seed);
        return new string([.. Enumerable.Range(0, length).Select(_ => TChars[random.Next(TChars.Length)])]);
    }

    private static string Recase(string name, int seed)
    {
        var chars = name.ToCharArray();
        var random = new System.Random(seed);
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(2) == 0 ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
        }

        return new string(chars);
    }
}
