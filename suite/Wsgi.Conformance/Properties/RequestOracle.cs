using System.Globalization;
using System.Text;

namespace Wsgi.Conformance.Properties;

/// <summary>The oracle's reading of request bytes (RFC 9112 §2-§7): a strict parser for the well-formed
/// requests the generators produce, and the request-target split of RFC 9112 §3.2. Pure functions;
/// anything malformed throws <see cref="FormatException"/> saying where.</summary>
public static class RequestOracle
{
    private static readonly byte[] CrLf = "\r\n"u8.ToArray();

    /// <summary>Parses one request (the bytes hold exactly one).</summary>
    public static ParsedRequest Parse(ReadOnlySpan<byte> bytes)
    {
        int headEnd = bytes.IndexOf("\r\n\r\n"u8);
        if (headEnd < 0)
        {
            throw new FormatException("no end of the header block (CRLF CRLF)");
        }

        string[] lines = Encoding.Latin1.GetString(bytes[..headEnd]).Split("\r\n");
        string[] requestLine = lines[0].Split(' ');
        if (requestLine.Length != 3)
        {
            throw new FormatException($"the request line is not method SP target SP version: {lines[0]}");
        }

        var fields = lines.Skip(1).Select(Field).ToList();
        ReadOnlySpan<byte> rest = bytes[(headEnd + 4)..];
        string? te = Combined(fields, "Transfer-Encoding");
        bool chunked = te is not null && te.Split(',').Last().Trim().Equals("chunked", StringComparison.OrdinalIgnoreCase);
        byte[] body;
        List<(string, string)> trailers = [];
        if (chunked)
        {
            body = Dechunk(rest, trailers);
        }
        else if (Combined(fields, "Content-Length") is { } cl)
        {
            int length = int.Parse(cl, NumberStyles.None, CultureInfo.InvariantCulture);
            body = rest.Length >= length ? rest[..length].ToArray() : throw new FormatException($"Content-Length {length} but {rest.Length} bytes follow");
        }
        else
        {
            body = [];
        }

        return new ParsedRequest(requestLine[0], requestLine[1], requestLine[2], fields, chunked, body, trailers);
    }

    /// <summary>The values of every field named <paramref name="name"/> (any case), joined with ", "; <c>null</c> when none.</summary>
    public static string? Combined(IEnumerable<(string Name, string Value)> fields, string name)
    {
        string[] values = [.. fields.Where(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(f => f.Value)];
        return values.Length == 0 ? null : string.Join(", ", values);
    }

    /// <summary>Splits a request-target (origin-form or absolute-form) into its raw path and raw query
    /// (<c>null</c> when there is no '?'); an absolute-form path that is empty is "/".</summary>
    public static (string Path, string? Query) SplitTarget(string target)
    {
        if (!target.StartsWith('/'))
        {
            int scheme = target.IndexOf("://", StringComparison.Ordinal);
            if (scheme < 0)
            {
                throw new FormatException($"the target is neither origin-form nor absolute-form: {target}");
            }

            int pathStart = target.IndexOfAny(['/', '?'], scheme + 3);
            target = pathStart < 0 ? "/" : target[pathStart] == '?' ? "/" + target[pathStart..] : target[pathStart..];
        }

        int q = target.IndexOf('?', StringComparison.Ordinal);
        return q < 0 ? (target, null) : (target[..q], target[(q + 1)..]);
    }

    /// <summary>Decodes %XX escapes to octets and gives each octet as one code point (latin-1), as
    /// PEP 3333 wants native strings; a '%' without two hex digits stays as it is.</summary>
    public static string PercentDecode(string raw)
    {
        var octets = new List<byte>(raw.Length);
        for (int i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '%' && i + 2 < raw.Length && Uri.IsHexDigit(raw[i + 1]) && Uri.IsHexDigit(raw[i + 2]))
            {
                octets.Add((byte)Convert.ToInt32(raw.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                octets.Add((byte)raw[i]);
            }
        }

        return Encoding.Latin1.GetString([.. octets]);
    }

    private static (string Name, string Value) Field(string line)
    {
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || line[colon - 1] is ' ' or '\t')
        {
            throw new FormatException($"not a field line: {line}");
        }

        return (line[..colon], line[(colon + 1)..].Trim(' ', '\t'));
    }

    // RFC 9112 §7.1: chunk-size [ext] CRLF data CRLF ... last-chunk trailer-section CRLF.
    private static byte[] Dechunk(ReadOnlySpan<byte> rest, List<(string, string)> trailers)
    {
        var body = new MemoryStream();
        while (true)
        {
            int eol = rest.IndexOf(CrLf);
            if (eol < 0)
            {
                throw new FormatException("a chunk size line has no CRLF");
            }

            string line = Encoding.Latin1.GetString(rest[..eol]);
            int semicolon = line.IndexOf(';', StringComparison.Ordinal);
            int size = int.Parse(semicolon < 0 ? line : line[..semicolon], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            rest = rest[(eol + 2)..];
            if (size == 0)
            {
                break;
            }

            body.Write(rest[..size]);
            if (!rest[size..].StartsWith(CrLf))
            {
                throw new FormatException("chunk data is not followed by CRLF");
            }

            rest = rest[(size + 2)..];
        }

        while (true)
        {
            int eol = rest.IndexOf(CrLf);
            if (eol < 0)
            {
                throw new FormatException("the trailer section has no final CRLF");
            }

            if (eol == 0)
            {
                return body.ToArray();
            }

            trailers.Add(Field(Encoding.Latin1.GetString(rest[..eol])));
            rest = rest[(eol + 2)..];
        }
    }
}
