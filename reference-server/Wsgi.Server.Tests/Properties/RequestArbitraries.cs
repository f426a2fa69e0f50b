using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Wsgi.Server.Tests.Properties;

/// <summary>Random HTTP/1.x requests. Valid ones: a method from a fixed set, 0-4 path segments of
/// unreserved characters and percent escapes, an optional query, 0-5 extension
/// headers with latin-1 values, and no body, a Content-Length body or a chunked body (0-300
/// bytes; not %00, which Kestrel refuses with 400). Malformed ones (about 40 %): a valid request with one framing or syntax defect that
/// RFC 9112 says to reject. No shrinking: every failure prints the request and the replay seed.</summary>
internal static class RequestArbitraries
{
    private static int _nextId;

    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PURGE"];

    private static readonly string[] Mutations =
    [
        "bare LF", "obs-fold", "CL+TE", "differing CL", "space before colon", "control char in value",
        "space in method", "no version", "NUL in target", "bad header name",
    ];

    private static Gen<string> Segment =>
        Gen.Elements("a", "b", "z", "0", "9", "-", ".", "_", "~", "%20", "%2F", "%E9", "%ff", "%25")
            .ListOf().Select(parts => string.Concat(parts.Take(8)));

    private static Gen<string> HeaderValue =>
        Gen.Choose(0x20, 0xff).Where(c => c != 0x7f).Select(c => (char)c).ListOf()
            .Select(cs => new string(cs.Take(40).ToArray()).Trim());

    private static Gen<string> HeaderName =>
        Gen.Elements("X-A", "X-Bb", "Accept", "User-Agent", "X-Trace-Id", "Cache-Control", "X-" + "Long-Name-Here");

    public static Gen<GeneratedRequest> Requests =>
        from method in Gen.Elements(Methods)
        from segments in Segment.ListOf().Select(s => s.Take(4).ToArray())
        from query in Gen.Elements("", "?", "?a=1", "?x=%20y&z", "?q=%E9")
        from headers in Gen.Zip(HeaderName, HeaderValue).ListOf().Select(h => h.Take(5).ToArray())
        from bodyKind in Gen.Choose(0, 2)
        from body in Gen.Choose(0, 255).Select(b => (byte)b).ListOf().Select(b => b.Take(300).ToArray())
        from http10 in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false)))
        from mutate in Gen.Frequency((3, Gen.Constant<string?>(null)), (2, Gen.Elements(Mutations).Select(m => (string?)m)))
        select Build(method, segments, query, headers, bodyKind, body, http10, mutate);

    public static Arbitrary<GeneratedRequest> Arbitrary() => Requests.ToArbitrary();

    private static GeneratedRequest Build(string method, string[] segments, string query, (string, string)[] headers, int bodyKind, byte[] body, bool http10, string? mutation)
    {
        int id = Interlocked.Increment(ref _nextId);
        string path = "/" + string.Join("/", segments);
        var head = new StringBuilder();
        head.Append(mutation switch
        {
            "space in method" => $"G T {path}{query} HTTP/1.1\r\n",
            "no version" => $"{method} {path}{query}\r\n",
            "NUL in target" => $"{method} {path}\0x{query} HTTP/1.1\r\n",
            _ => $"{method} {path}{query} {(http10 ? "HTTP/1.0" : "HTTP/1.1")}\r\n",
        });
        head.Append("Host: 127.0.0.1\r\n");
        head.Append($"X-Id: {id}\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append($"{name}: {value}\r\n");
        }

        // Kestrel answers 400 to an HTTP/1.0 POST or PUT without Content-Length (RFC 9112 would
        // read a zero-length body), so those always carry one.
        if (http10 && method is "POST" or "PUT")
        {
            bodyKind = 1;
        }

        byte[] payload = [];
        if (bodyKind == 1 || (bodyKind == 2 && http10))
        {
            head.Append($"Content-Length: {body.Length}\r\n");
            payload = body;
        }
        else if (bodyKind == 2)
        {
            head.Append("Transfer-Encoding: chunked\r\n");
            payload = Chunked(body);
        }
        else
        {
            body = [];
        }

        switch (mutation)
        {
            case "obs-fold": head.Append("X-Fold: a\r\n folded\r\n"); break;
            case "CL+TE": head.Append(bodyKind == 2 && !http10 ? "Content-Length: 5\r\n" : "Transfer-Encoding: chunked\r\n" + (bodyKind == 1 ? "" : "Content-Length: 0\r\n")); break;
            case "differing CL": head.Append(bodyKind == 1 ? $"Content-Length: {body.Length + 1}\r\n" : "Content-Length: 1\r\nContent-Length: 2\r\n"); break;
            case "space before colon": head.Append("X-Bad : v\r\n"); break;
            case "control char in value": head.Append("X-Ctl: a\u0001b\r\n"); break;
            case "bad header name": head.Append("X(bad): v\r\n"); break;
        }

        head.Append("\r\n");
        string text = head.ToString();
        if (mutation == "bare LF")
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        byte[] bytes = [.. Encoding.Latin1.GetBytes(text), .. payload];
        string expectedPath = Encoding.Latin1.GetString(PercentDecode(Encoding.ASCII.GetBytes(path)));
        return new GeneratedRequest(id, bytes, mutation, expectedPath, body.Length);
    }

    private static byte[] Chunked(byte[] body)
    {
        var output = new List<byte>();
        for (int i = 0; i < body.Length; i += 97)
        {
            int n = Math.Min(97, body.Length - i);
            output.AddRange(Encoding.ASCII.GetBytes($"{n:x}\r\n"));
            output.AddRange(body.AsSpan(i, n));
            output.AddRange("\r\n"u8);
        }

        output.AddRange("0\r\n\r\n"u8);
        return [.. output];
    }

    private static byte[] PercentDecode(byte[] raw)
    {
        var output = new List<byte>();
        for (int i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '%' && i + 2 < raw.Length)
            {
                output.Add(Convert.ToByte(Encoding.ASCII.GetString(raw, i + 1, 2), 16));
                i += 2;
            }
            else
            {
                output.Add(raw[i]);
            }
        }

        return [.. output];
    }
}
