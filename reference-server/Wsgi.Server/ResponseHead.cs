using System.Globalization;
using Wsgi.Python;

namespace Wsgi.Server;

/// <summary>A status line and header list the application passed to <c>start_response</c>,
/// checked in full at call time (PEP 3333 "The start_response() Callable"), so the application
/// sees the error while it is still running and nothing malformed reaches the wire.</summary>
internal sealed class ResponseHead
{
    private ResponseHead(int code, string reason, List<KeyValuePair<string, string>> headers, long contentLength)
    {
        Code = code;
        Reason = reason;
        Headers = headers;
        ContentLength = contentLength;
    }

    public int Code { get; }

    public string Reason { get; }

    /// <summary>The headers in the application's order, Content-Length included.</summary>
    public List<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The application's Content-Length, or -1 when it gave none.</summary>
    public long ContentLength { get; }

    /// <summary>Whether the status forbids a body (RFC 9110 §6.4.1: 204, 304; 1xx never gets here).</summary>
    public bool ForbidsBody => Code is < 200 or 204 or 304;

    /// <summary>Checks <c>status</c> and <c>response_headers</c>; throws the Python exception an app would see.</summary>
    public static ResponseHead Parse(object? status, object? headers)
    {
        var (code, reason) = ParseStatus(status);
        if (headers is not PyList list)
        {
            throw new PyTypeError($"response_headers must be a list, not {Py.TypeName(headers)}: {Py.Repr(headers)}");
        }

        var parsed = new List<KeyValuePair<string, string>>(list.Count);
        long contentLength = -1;
        foreach (object? item in list)
        {
            var (name, value) = ParseHeader(item);
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                long n = ParseContentLength(value);
                if (contentLength >= 0 && n != contentLength)
                {
                    throw new PyValueError($"conflicting Content-Length headers: {contentLength} and {n}");
                }

                contentLength = n;
            }

            parsed.Add(new(name, value));
        }

        return new ResponseHead(code, reason, parsed, contentLength);
    }

    private static (int Code, string Reason) ParseStatus(object? status)
    {
        if (status is not string s)
        {
            throw new PyTypeError($"status must be a str, not {Py.TypeName(status)}: {Py.Repr(status)}");
        }

        if (!Py.IsLatin1(s))
        {
            throw new PyValueError($"status must be latin-1 (code points up to U+00FF): {Py.Repr(s)}");
        }

        if (s.Length < 4 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[1]) || !char.IsAsciiDigit(s[2]) || s[3] != ' ')
        {
            throw new PyValueError($"status must be a three-digit code, a space and a reason phrase, like '200 OK': {Py.Repr(s)}");
        }

        int code = int.Parse(s.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture);
        if (code is < 100 or > 599)
        {
            throw new PyValueError($"status code must be 100 to 599: {Py.Repr(s)}");
        }

        // A 1xx response is interim: it cannot end an exchange, and "100 Continue" is the server's
        // to send (PEP 3333 "HTTP 1.1 Expect/Continue").
        if (code < 200)
        {
            throw new PyValueError($"a 1xx status is interim and cannot be the application's response: {Py.Repr(s)}");
        }

        string reason = s[4..];
        if (HeaderSyntax.FirstControl(reason) is int at and >= 0)
        {
            throw new PyValueError($"status must not contain control characters (found {Py.Repr(reason[at].ToString())}): {Py.Repr(s)}");
        }

        return (code, reason);
    }

    private static (string Name, string Value) ParseHeader(object? item)
    {
        if (item is not PyTuple { Count: 2 } pair)
        {
            throw new PyTypeError($"each header must be a (name, value) tuple, not {Py.TypeName(item)}: {Py.Repr(item)}");
        }

        if (pair[0] is not string name || pair[1] is not string value)
        {
            throw new PyTypeError($"header name and value must be str, not ({Py.TypeName(pair[0])}, {Py.TypeName(pair[1])}): {Py.Repr(pair)}");
        }

        if (!HeaderSyntax.IsToken(name))
        {
            throw new PyValueError($"header name must be an RFC 9110 token (no spaces, colons or control characters): {Py.Repr(name)}");
        }

        if (name.Equals("Status", StringComparison.OrdinalIgnoreCase))
        {
            throw new PyValueError($"a 'Status' header is not allowed: the status goes in the first argument of start_response: {Py.Repr(pair)}");
        }

        if (HeaderSyntax.IsHopByHop(name))
        {
            throw new PyAssertionError($"hop-by-hop header {Py.Repr(name)} not allowed: the server owns the connection and transfer coding");
        }

        if (!Py.IsLatin1(value))
        {
            throw new PyValueError($"header value must be latin-1 (code points up to U+00FF): {Py.Repr(pair)}");
        }

        if (HeaderSyntax.FirstControl(value) >= 0)
        {
            throw new PyValueError($"header value must not contain CR, LF or other control characters: {Py.Repr(pair)}");
        }

        return (name, value);
    }

    private static long ParseContentLength(string value)
    {
        var digits = value.AsSpan().Trim(" \t");
        if (digits.IsEmpty || digits.ContainsAnyExceptInRange('0', '9') || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long n))
        {
            throw new PyValueError($"Content-Length must be a decimal number of bytes: {Py.Repr(value)}");
        }

        return n;
    }
}
