using System.Buffers.Text;
using System.Text;

namespace Wsgi.Conformance.Harness;

/// <summary>A strict HTTP/1.x response parser over spans, in the style of Kestrel's request parser:
/// <see cref="ParseStatus.NeedMore"/> for a valid prefix, <see cref="ParseStatus.Invalid"/> with a
/// reason for anything malformed. Whatever the server sends, it never throws and never reads past
/// the span; the reason quotes peer bytes escaped and cut.</summary>
public static class HttpResponseParser
{
    /// <summary>The largest response head accepted.</summary>
    public const int MaxHeadBytes = 64 * 1024;

    /// <summary>The largest body accepted.</summary>
    public const int MaxBodyBytes = 16 * 1024 * 1024;

    private static ReadOnlySpan<byte> CrLf => "\r\n"u8;

    /// <summary>Parses one response from the start of <paramref name="data"/>.</summary>
    /// <param name="data">The received bytes, from the start of a response.</param>
    /// <param name="noBody">The request was HEAD (the response has no body whatever its headers say).</param>
    /// <param name="closed">The server closed the connection after these bytes (ends a close-delimited body).</param>
    /// <param name="offset">Where <paramref name="data"/> starts in the whole received stream.</param>
    /// <param name="response">The response, when complete.</param>
    /// <param name="error">Why the bytes are invalid.</param>
    public static ParseStatus TryParse(ReadOnlySpan<byte> data, bool noBody, bool closed, int offset, out HttpResponseMessageData? response, out string? error)
    {
        response = null;
        error = null;
        int headEnd = data.IndexOf("\r\n\r\n"u8);
        if (headEnd < 0)
        {
            if (data.Length > MaxHeadBytes)
            {
                error = $"no end of the response head in the first {MaxHeadBytes} bytes";
                return ParseStatus.Invalid;
            }

            if (data.Length >= 5 && !data.StartsWith("HTTP/"u8))
            {
                error = $"the response does not start with HTTP/: {Escape(data)}";
                return ParseStatus.Invalid;
            }

            return ParseStatus.NeedMore;
        }

        ReadOnlySpan<byte> head = data[..headEnd];
        int lineEnd = head.IndexOf(CrLf);
        ReadOnlySpan<byte> statusLine = lineEnd < 0 ? head : head[..lineEnd];
        if (!TryStatusLine(statusLine, out string protocol, out int code, out string reason))
        {
            error = $"malformed status line {Escape(statusLine)}";
            return ParseStatus.Invalid;
        }

        var headers = new List<(string, string)>();
        ReadOnlySpan<byte> rest = lineEnd < 0 ? [] : head[(lineEnd + 2)..];
        while (rest.Length > 0)
        {
            int end = rest.IndexOf(CrLf);
            ReadOnlySpan<byte> line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 2)..];
            int colon = line.IndexOf((byte)':');
            if (colon <= 0 || line[0] is (byte)' ' or (byte)'\t' || line[..colon].IndexOfAny(" \t"u8) >= 0 || line.IndexOfAny("\r\n\0"u8) >= 0)
            {
                error = $"malformed header field {Escape(line)}";
                return ParseStatus.Invalid;
            }

            headers.Add((Encoding.Latin1.GetString(line[..colon]), Encoding.Latin1.GetString(line[(colon + 1)..]).Trim(' ', '\t')));
        }

        int bodyStart = headEnd + 4;
        bool interim = code is >= 100 and < 200;
        var msg = new Builder(protocol, code, reason, headers, offset + bodyStart);
        if (noBody || interim || code is 204 or 304)
        {
            response = msg.Build([], BodyFraming.None, offset + bodyStart);
            return ParseStatus.Complete;
        }

        ReadOnlySpan<byte> body = data[bodyStart..];
        string? te = headers.LastOrDefault(h => h.Item1.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)).Item2;
        if (te is not null && te.Split(',').Last().Trim().Equals("chunked", StringComparison.OrdinalIgnoreCase))
        {
            return ParseChunked(body, msg, offset + bodyStart, out response, out error);
        }

        var lengths = headers.Where(h => h.Item1.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Select(h => h.Item2).Distinct().ToList();
        if (lengths.Count > 0)
        {
            if (lengths.Count > 1 || !long.TryParse(lengths[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long length) || length > MaxBodyBytes)
            {
                error = $"invalid Content-Length {string.Join(", ", lengths.Select(l => Escape(Encoding.Latin1.GetBytes(l))))}";
                return ParseStatus.Invalid;
            }

            if (body.Length < length)
            {
                return ParseStatus.NeedMore;
            }

            response = msg.Build(body[..(int)length].ToArray(), BodyFraming.ContentLength, offset + bodyStart + (int)length);
            return ParseStatus.Complete;
        }

        if (!closed)
        {
            return body.Length > MaxBodyBytes ? Fail(out error, "close-delimited body larger than the limit") : ParseStatus.NeedMore;
        }

        response = msg.Build(body.ToArray(), BodyFraming.Close, offset + data.Length);
        return ParseStatus.Complete;
    }

    private static ParseStatus ParseChunked(ReadOnlySpan<byte> body, Builder msg, int start, out HttpResponseMessageData? response, out string? error)
    {
        response = null;
        error = null;
        var content = new MemoryStream();
        int pos = 0;
        while (true)
        {
            int lineEnd = body[pos..].IndexOf(CrLf);
            if (lineEnd < 0)
            {
                return body.Length - pos > 1024 ? Fail(out error, "chunk-size line longer than 1024 bytes") : ParseStatus.NeedMore;
            }

            ReadOnlySpan<byte> line = body.Slice(pos, lineEnd);
            int semi = line.IndexOf((byte)';');
            ReadOnlySpan<byte> hex = (semi < 0 ? line : line[..semi]).TrimEnd(" \t"u8);
            if (hex.Length == 0 || hex.Length > 8 || !Utf8Parser.TryParse(hex, out uint size, out int used, 'x') || used != hex.Length)
            {
                return Fail(out error, $"malformed chunk size {Escape(line)}");
            }

            pos += lineEnd + 2;
            if (size == 0)
            {
                // Trailer section: fields until an empty line.
                while (true)
                {
                    int end = body[pos..].IndexOf(CrLf);
                    if (end < 0)
                    {
                        return ParseStatus.NeedMore;
                    }

                    pos += end + 2;
                    if (end == 0)
                    {
                        response = msg.Build(content.ToArray(), BodyFraming.Chunked, start + pos);
                        return ParseStatus.Complete;
                    }
                }
            }

            if (content.Length + size > MaxBodyBytes)
            {
                return Fail(out error, "chunked body larger than the limit");
            }

            if (body.Length - pos < size + 2)
            {
                return ParseStatus.NeedMore;
            }

            content.Write(body.Slice(pos, (int)size));
            pos += (int)size;
            if (!body[pos..].StartsWith(CrLf))
            {
                return Fail(out error, $"chunk data not followed by CRLF: {Escape(body.Slice(pos, Math.Min(8, body.Length - pos)))}");
            }

            pos += 2;
        }
    }

    private static bool TryStatusLine(ReadOnlySpan<byte> line, out string protocol, out int code, out string reason)
    {
        protocol = reason = "";
        code = 0;
        if (line.Length < 12 || !line.StartsWith("HTTP/"u8) || line[8] != (byte)' ' || line.Length > 12 && line[12] != (byte)' ' ||
            !char.IsAsciiDigit((char)line[9]) || !char.IsAsciiDigit((char)line[10]) || !char.IsAsciiDigit((char)line[11]))
        {
            return false;
        }

        protocol = Encoding.Latin1.GetString(line[..8]);
        code = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
        reason = line.Length > 13 ? Encoding.Latin1.GetString(line[13..]) : "";
        return true;
    }

    private static ParseStatus Fail(out string? error, string message)
    {
        error = message;
        return ParseStatus.Invalid;
    }

    /// <summary>Peer bytes for a message: Python bytes repr, cut.</summary>
    public static string Escape(ReadOnlySpan<byte> bytes) => Wsgi.Python.Py.Cut(Wsgi.Python.Py.BytesRepr(bytes.Length > 200 ? bytes[..200] : bytes));

    private sealed class Builder(string protocol, int code, string reason, List<(string, string)> headers, int headEnd)
    {
        public HttpResponseMessageData Build(byte[] body, BodyFraming framing, int end) => new()
        {
            Protocol = protocol,
            StatusCode = code,
            Reason = reason,
            Headers = headers,
            Body = body,
            Framing = framing,
            HeadEnd = headEnd,
            End = end,
        };
    }
}
