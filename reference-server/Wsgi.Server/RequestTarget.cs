using System.Text;

namespace Wsgi.Server;

/// <summary>The request target split the way CGI wants it: the percent-decoded path as a native
/// string (each decoded byte one latin-1 code point) and the raw query (RFC 9112 §3.2).</summary>
/// <param name="Path">The decoded path: origin-form and absolute-form give the path ("/" when
/// empty), asterisk-form gives "*".</param>
/// <param name="Query">The undecoded text after the first '?', without any '#fragment'; "" when none.</param>
internal readonly record struct RequestTarget(string Path, string Query)
{
    private const byte Percent = (byte)'%';

    /// <summary>Splits a raw target as Kestrel hands it over (ASCII, or UTF-8 decoded when the
    /// client sent bytes above 0x7F; re-encoding gives the original bytes back).</summary>
    public static RequestTarget Parse(string raw)
    {
        if (raw == "*")
        {
            return new RequestTarget("*", "");
        }

        // Fast path: the common "/plain/path" with nothing to decode is its own PATH_INFO.
        if (raw.Length > 0 && raw[0] == '/' && raw.AsSpan().IndexOfAny('%', '?', '#') < 0 && Ascii.IsValid(raw))
        {
            return new RequestTarget(raw, "");
        }

        byte[] bytes = Ascii.IsValid(raw) ? Encoding.ASCII.GetBytes(raw) : Encoding.UTF8.GetBytes(raw);
        ReadOnlySpan<byte> target = bytes;
        int hash = target.IndexOf((byte)'#');
        if (hash >= 0)
        {
            target = target[..hash];
        }

        if (target.Length > 0 && target[0] != (byte)'/')
        {
            target = StripSchemeAndAuthority(target);
        }

        int q = target.IndexOf((byte)'?');
        ReadOnlySpan<byte> path = q < 0 ? target : target[..q];
        string query = q < 0 ? "" : Encoding.Latin1.GetString(target[(q + 1)..]);
        return new RequestTarget(path.IsEmpty ? "/" : PercentDecode(path), query);
    }

    /// <summary>absolute-form <c>scheme://authority/path?query</c> to <c>/path?query</c>.</summary>
    private static ReadOnlySpan<byte> StripSchemeAndAuthority(ReadOnlySpan<byte> target)
    {
        int scheme = target.IndexOf("://"u8);
        if (scheme < 0)
        {
            return [];
        }

        var rest = target[(scheme + 3)..];
        int end = rest.IndexOfAny((byte)'/', (byte)'?');
        return end < 0 ? [] : rest[end..];
    }

    /// <summary>Decodes %XX escapes to bytes, then maps bytes to code points (latin-1); a '%' not
    /// followed by two hex digits stays as it is.</summary>
    public static string PercentDecode(ReadOnlySpan<byte> path)
    {
        if (path.IndexOf(Percent) < 0)
        {
            return Encoding.Latin1.GetString(path);
        }

        var decoded = path.Length <= 512 ? stackalloc byte[path.Length] : new byte[path.Length];
        int n = 0;
        for (int i = 0; i < path.Length; i++)
        {
            byte b = path[i];
            if (b == Percent && i + 2 < path.Length && HexValue(path[i + 1]) is int hi and >= 0 && HexValue(path[i + 2]) is int lo and >= 0)
            {
                decoded[n++] = (byte)((hi << 4) | lo);
                i += 2;
            }
            else
            {
                decoded[n++] = b;
            }
        }

        return Encoding.Latin1.GetString(decoded[..n]);
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
