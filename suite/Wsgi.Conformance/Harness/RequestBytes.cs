using System.Text;

namespace Wsgi.Conformance.Harness;

/// <summary>Builds exact request bytes: the request line, header fields in the order given, and the
/// body. Nothing is normalised: what a case writes is what goes on the wire.</summary>
public static class RequestBytes
{
    /// <summary>A request with a <c>Host</c> header and <c>Connection: close</c> added unless present,
    /// and <c>Content-Length</c> added for a body unless <paramref name="addContentLength"/> is false.</summary>
    public static byte[] Build(Target target, string method, string requestTarget, IEnumerable<(string Name, string Value)>? headers = null,
        byte[]? body = null, string version = "HTTP/1.1", bool addContentLength = true, bool keepAlive = false)
    {
        var list = (headers ?? []).ToList();
        if (!list.Any(h => h.Name.Equals("Host", StringComparison.OrdinalIgnoreCase)) && version != "HTTP/1.0")
        {
            list.Insert(0, ("Host", target.Authority));
        }

        if (!keepAlive && !list.Any(h => h.Name.Equals("Connection", StringComparison.OrdinalIgnoreCase)))
        {
            list.Add(("Connection", "close"));
        }

        if (body is not null && addContentLength && !list.Any(h => h.Name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) || h.Name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)))
        {
            list.Add(("Content-Length", body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var sb = new StringBuilder();
        sb.Append(method).Append(' ').Append(requestTarget).Append(' ').Append(version).Append("\r\n");
        foreach (var (name, value) in list)
        {
            sb.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        sb.Append("\r\n");
        return [.. Encoding.Latin1.GetBytes(sb.ToString()), .. body ?? []];
    }

    /// <summary>A body in chunked transfer coding, split into the given chunk sizes.</summary>
    public static byte[] Chunked(byte[] body, params int[] sizes)
    {
        var ms = new MemoryStream();
        int pos = 0;
        foreach (int size in sizes.Length == 0 ? [body.Length] : sizes)
        {
            int n = Math.Min(size, body.Length - pos);
            if (n <= 0)
            {
                break;
            }

            ms.Write(Encoding.ASCII.GetBytes($"{n:x}\r\n"));
            ms.Write(body, pos, n);
            ms.Write("\r\n"u8);
            pos += n;
        }

        if (pos < body.Length)
        {
            ms.Write(Encoding.ASCII.GetBytes($"{body.Length - pos:x}\r\n"));
            ms.Write(body, pos, body.Length - pos);
            ms.Write("\r\n"u8);
        }

        ms.Write("0\r\n\r\n"u8);
        return ms.ToArray();
    }
}
