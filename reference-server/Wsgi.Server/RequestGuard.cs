using Microsoft.AspNetCore.Http;

namespace Wsgi.Server;

/// <summary>Requests Kestrel accepts but the reference server refuses before the application sees
/// them. Kestrel itself answers 400 to a malformed request line, bare LF (switched off in
/// <see cref="WsgiServer"/>), obs-fold, differing Content-Length values and the like.</summary>
internal static class RequestGuard
{
    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u007f");

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>Why the request is refused, or <c>null</c> to pass it on.</summary>
    public static Refusal? Refusal(HttpContext http)
    {
        var headers = http.Request.Headers;

        // RFC 9112 §6.1: Content-Length with Transfer-Encoding "ought to be handled as an error";
        // a message framed two ways is how requests are smuggled past a proxy. Kestrel accepts it,
        // frames by Transfer-Encoding and renames the Content-Length field X-Content-Length, so
        // that pair is what is left to see here.
        if (headers.TransferEncoding.Count > 0 && (headers.ContentLength is not null || headers.ContainsKey("X-Content-Length")))
        {
            return new Refusal(StatusCodes.Status400BadRequest, "400 Bad Request: both Content-Length and Transfer-Encoding\n");
        }

        // RFC 9112 §6.3: Content-Length is 1*DIGIT. Kestrel parses "+5" as 5; refuse what it lets through.
        foreach (string? value in headers.ContentLength is null ? default : headers["Content-Length"])
        {
            if (string.IsNullOrEmpty(value) || value.AsSpan().ContainsAnyExcept(Digits))
            {
                return new Refusal(StatusCodes.Status400BadRequest, "400 Bad Request: Content-Length is not a decimal number\n");
            }
        }

        if (TransferCodingRefusal(headers.TransferEncoding) is { } coding)
        {
            return coding;
        }

        // RFC 9112 §3.2: the request-target has no whitespace or control bytes. Kestrel refuses
        // NUL and SP but passes HTAB and the other controls into PATH_INFO.
        if (EnvironBuilder.RawTarget(http).AsSpan() is var target && (target.ContainsAny(Controls) || target.Contains('\t')))
        {
            return new Refusal(StatusCodes.Status400BadRequest, "400 Bad Request: control character in the request target\n");
        }

        // RFC 9110 §5.1 and §5.5: a field name is a token; a value is visible characters, SP
        // and HTAB. Kestrel refuses CR, LF and NUL but passes other control characters, and
        // names like "X(bad)", which would reach the app in HTTP_*.
        foreach (var (name, values) in headers)
        {
            if (!HeaderSyntax.IsToken(name))
            {
                return new Refusal(StatusCodes.Status400BadRequest, "400 Bad Request: a header field name is not a token\n");
            }

            foreach (string? value in values)
            {
                if (value is not null && value.AsSpan().ContainsAny(Controls))
                {
                    return new Refusal(StatusCodes.Status400BadRequest, "400 Bad Request: control character in a header field value\n");
                }
            }
        }

        // A WSGI application cannot take over the connection for a tunnel.
        if (HttpMethods.IsConnect(http.Request.Method))
        {
            return new Refusal(StatusCodes.Status501NotImplemented, "501 Not Implemented: CONNECT\n");
        }

        return null;
    }

    /// <summary>RFC 9112 §6.1 and §7: the only transfer coding the server implements is chunked, once, last.
    /// Kestrel checks only that the final coding is chunked ("chunked, chunked" and "x, chunked" pass).</summary>
    private static Refusal? TransferCodingRefusal(Microsoft.Extensions.Primitives.StringValues values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var codings = values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (codings.Count == 0 || !codings[^1].Equals("chunked", StringComparison.OrdinalIgnoreCase))
        {
            // §6.3: chunked not final, the body length cannot be determined.
            return new Refusal(StatusCodes.Status400BadRequest, "400 Bad Request: chunked is not the final transfer coding\n");
        }

        if (codings.Count(c => c.Equals("chunked", StringComparison.OrdinalIgnoreCase)) > 1)
        {
            // §7: a sender MUST NOT apply chunked more than once; such framing cannot be trusted.
            return new Refusal(StatusCodes.Status400BadRequest, "400 Bad Request: chunked applied more than once\n");
        }

        // §6.1: a transfer coding the server does not understand SHOULD get a 501.
        return codings.Count > 1
            ? new Refusal(StatusCodes.Status501NotImplemented, $"501 Not Implemented: transfer coding {Wsgi.Python.Py.Cut(Wsgi.Python.Py.StrRepr(codings[0]))}\n")
            : null;
    }
}
