using System.Text;
using Wsgi.Conformance.Harness;

namespace Wsgi.Conformance.Properties;

/// <summary>A generated request, as data FsCheck can generate and shrink: the request line's parts,
/// the generated header fields (in order, before the harness's own Host, X-Probe, framing and
/// Connection fields), and the body. <see cref="Render"/> gives the exact bytes; the oracle reads
/// only those bytes.</summary>
/// <param name="Method">The method token.</param>
/// <param name="AbsoluteForm">Whether the target is in absolute-form (<c>http://host:port/path</c>) rather than origin-form.</param>
/// <param name="Segments">The path segments below the mount, each a list of raw pieces (characters or <c>%XX</c> escapes).</param>
/// <param name="Query">The raw query pieces after '?', or <c>null</c> for no '?' at all.</param>
/// <param name="Http10">HTTP/1.0 rather than HTTP/1.1.</param>
/// <param name="Headers">The generated header fields, in order; values are latin-1 text.</param>
/// <param name="Body">The body.</param>
/// <param name="ExpectContinue">Send <c>Expect: 100-continue</c> and hold the body back until the server's interim
/// 100 response (or <see cref="ContinueWaitMs"/>).</param>
public sealed record GeneratedRequest(string Method, bool AbsoluteForm, IReadOnlyList<IReadOnlyList<string>> Segments, IReadOnlyList<string>? Query,
    bool Http10, IReadOnlyList<(string Name, string Value)> Headers, GeneratedBody Body, bool ExpectContinue = false)
{
    /// <summary>How long the body waits for 100 Continue before it is sent anyway (RFC 9110 §10.1.1 lets a client go on
    /// after "some reasonable period"). Short: an HTTP/1.0-speaking server (wsgiref) never sends one, and a
    /// single-threaded one is blocked reading the body while the client waits.</summary>
    public const int ContinueWaitMs = 100;

    /// <summary>The protocol version.</summary>
    public string Version => Http10 ? "HTTP/1.0" : "HTTP/1.1";

    /// <summary>The request-target for <paramref name="target"/> (mount included).</summary>
    public string RequestTarget(Target target)
    {
        var sb = new StringBuilder();
        if (AbsoluteForm)
        {
            sb.Append("http://").Append(target.Authority);
        }

        sb.Append(target.Mount).Append('/').AppendJoin('/', Segments.Select(s => string.Concat(s)));
        if (Query is not null)
        {
            sb.Append('?').Append(string.Concat(Query));
        }

        return sb.ToString();
    }

    /// <summary>The exact request bytes: request line, <c>Host</c>, the generated fields, <paramref name="extra"/>
    /// (the harness's <c>X-Probe</c>), the framing field, <c>Connection: close</c> (unless <paramref name="close"/>
    /// is false: a request of a keep-alive sequence), then the body.</summary>
    public byte[] Render(Target target, IEnumerable<(string Name, string Value)> extra, bool close = true)
    {
        var head = new StringBuilder();
        head.Append(Method).Append(' ').Append(RequestTarget(target)).Append(' ').Append(Version).Append("\r\n");
        head.Append("Host: ").Append(target.Authority).Append("\r\n");
        foreach (var (name, value) in Headers.Concat(extra))
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (ExpectContinue)
        {
            head.Append("Expect: 100-continue\r\n");
        }

        if (Body.FramingField is var (fieldName, fieldValue))
        {
            head.Append(fieldName).Append(": ").Append(fieldValue).Append("\r\n");
        }

        head.Append(close ? "Connection: close\r\n\r\n" : "\r\n");
        return [.. Encoding.Latin1.GetBytes(head.ToString()), .. Body.WireBytes()];
    }

    /// <summary>What the raw client sends: the bytes whole, or with Expect the head first and the body after 100 Continue.</summary>
    public RawRequest ToRawRequest(byte[] bytes)
    {
        byte[] wireBody = Body.WireBytes();
        if (!ExpectContinue || wireBody.Length == 0)
        {
            return RawRequest.Of(bytes);
        }

        int head = bytes.Length - wireBody.Length;
        return new RawRequest { Parts = [new RawPart(bytes[..head]), new RawPart(bytes[head..], ContinueWaitMs, AfterContinue: true)] };
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Method} {(AbsoluteForm ? "http://HOST" : "")}/{string.Join('/', Segments.Select(s => string.Concat(s)))}{(Query is null ? "" : "?" + string.Concat(Query))} {Version}, " +
        $"{Headers.Count} field(s), {Body}{(ExpectContinue ? ", Expect: 100-continue" : "")}";
}
