using Wsgi.Catalogue;
using Wsgi.Python;
using Wsgi.Validator.Tracing;
using static Wsgi.Catalogue.Rules;

namespace Wsgi.Validator.Judging;

// start_response(): the app's call (arguments, status, headers, exc_info), then the server's answer.
public sealed partial class ExchangeJudge
{
    private static readonly Rule[] StartResponseRules =
    [
        StartResponsePositionalOnly, StartResponseArity, StartResponseReturnsWrite,
        StartResponseStatusType, StartResponseStatusFormat, StartResponseStatusCodeRange, StartResponseStatusNoCtl, StartResponseStatusLatin1,
        StartResponseHeadersTypeList, StartResponseHeadersTuplePairs, StartResponseHeadersStrTypes, StartResponseHeadersNameToken,
        StartResponseHeadersValueNoCtl, StartResponseHeadersLatin1, StartResponseHeadersNoStatus, StartResponseHeadersNoHopByHop,
        TransferEncodingAppForbidden,
        StartResponseExcInfoType, StartResponseAppOnceWithoutExcInfo,
        StartResponseExcInfoRaiseIfSent, StartResponseExcInfoAppNoTrap,
        HttpContentTypeRequired, HttpContentTypeForbiddenNoBody, HttpContentLengthForbiddenNoBody,
        Http304EntityHeaders, HttpEtagQuoted, HttpEtagWeakPrefixCase,
    ];

    // RFC 9110 §7.6.1 and RFC 2616 §13.5.1: connection-specific fields an application must not set.
    private static readonly string[] HopByHop =
        ["connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer", "trailers", "transfer-encoding", "upgrade"];

    // Representation metadata werkzeug's lint warns about on a 304 (Content-Type has its own rule).
    private static readonly string[] EntityHeaders304 =
        ["allow", "content-encoding", "content-language", "content-md5", "content-range"];

    private int _startResponseCalls;
    private int _status;
    private long? _declaredContentLength;
    private bool _callWasValid;
    private bool _callMalformed;
    private bool _callHadHopByHop;
    private bool _callHadExcInfo;
    private bool _reraisePending;

    /// <summary>The app called start_response: judges the arguments before the server sees them.</summary>
    public void StartResponseCalled(ReadOnlySpan<object?> args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        lock (_gate)
        {
            Next(EventKinds.StartResponse, Copy(args), kwargs);
            _startResponseCalls++;
            _callMalformed = false;
            _callHadHopByHop = false;
            if (kwargs is { Count: > 0 })
            {
                Break(StartResponsePositionalOnly, "start_response", "positional arguments only", $"keywords {string.Join(", ", kwargs.Keys)}");
            }

            if (args.Length is < 2 or > 3)
            {
                Break(StartResponseArity, "start_response", "2 or 3 arguments (status, response_headers[, exc_info])", $"{args.Length} argument(s)");
                _callWasValid = false;
                return;
            }

            object? excInfo = args.Length == 3 ? args[2] : kwargs?.GetValueOrDefault("exc_info");
            _callHadExcInfo = excInfo is not null;
            if (excInfo is not null && excInfo is not PyTuple { Count: 3 })
            {
                Break(StartResponseExcInfoType, "start_response(exc_info)", "None or the 3-tuple sys.exc_info() returns", $"{Py.TypeName(excInfo)} {Py.Repr(excInfo)}");
            }

            if (_startResponseCalls > 1 && excInfo is null)
            {
                Break(StartResponseAppOnceWithoutExcInfo, "start_response", "no second call without exc_info", $"call number {_startResponseCalls} with exc_info None");
            }

            JudgeStatus(args[0]);
            JudgeHeaders(args[1]);
            _callWasValid = !_callMalformed;
        }
    }

    /// <summary>The server's start_response returned <paramref name="write"/> (the call was not refused).</summary>
    public void StartResponseReturned(object? write)
    {
        lock (_gate)
        {
            if (_trace is { Events.Count: > 0 } t && t.Events[^1].Kind == EventKinds.StartResponse)
            {
                t.Events[^1] = t.Events[^1] with { Result = write is null ? null : "write" };
            }

            if (!Py.IsCallable(write))
            {
                Break(StartResponseReturnsWrite, "start_response", "to return the write(body_data) callable", $"{Py.TypeName(write)} {Py.Repr(write)}");
            }

            if (!_callWasValid)
            {
                Break(StartResponseCheckAtCall, "start_response", "invalid status or headers refused when start_response is called", "the call was accepted");
            }

            if (_callHadHopByHop)
            {
                Break(StartResponseHopByHopFatal, "start_response", "a hop-by-hop header treated as a fatal error", "the call was accepted");
            }

            if (_startResponseCalls > 1 && !_callHadExcInfo)
            {
                Break(StartResponseRepeatWithoutExcInfo, "start_response", "a second call without exc_info to raise an error", "it returned normally");
            }
            else if (_callHadExcInfo && _state == ExchangeState.HeadersSent)
            {
                Break(StartResponseExcInfoRaiseIfSent, "start_response(exc_info)", "exc_info re-raised once headers have been sent", "it returned normally");
            }

            if (_state == ExchangeState.NotStarted)
            {
                _state = ExchangeState.HeadersSet;
            }
        }
    }

    /// <summary>The server's start_response raised <paramref name="error"/>.</summary>
    public void StartResponseRaised(Exception error) => StartResponseRaised(Describe(error));

    /// <summary>The server's start_response raised (described as <c>TypeName: message</c>).</summary>
    public void StartResponseRaised(string error)
    {
        lock (_gate)
        {
            if (_trace is { Events.Count: > 0 } t && t.Events[^1].Kind == EventKinds.StartResponse)
            {
                t.Events[^1] = t.Events[^1] with { Error = error };
            }

            if (_callHadExcInfo && _state == ExchangeState.HeadersSent)
            {
                _reraisePending = true;
            }
        }
    }

    private void JudgeStatus(object? status)
    {
        if (status is not string s)
        {
            BreakMalformed(StartResponseStatusType, "start_response(status)", "a native str", $"{Py.TypeName(status)} {Py.Repr(status)}");
            return;
        }

        if (!Py.IsLatin1(s))
        {
            BreakMalformed(StartResponseStatusLatin1, "start_response(status)", "latin-1 characters only", Py.StrRepr(s));
            return;
        }

        if (s.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0 || s.Contains('\u007f'))
        {
            BreakMalformed(StartResponseStatusNoCtl, "start_response(status)", "no control characters", Py.StrRepr(s));
            return;
        }

        if (s.Length < 5 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[1]) || !char.IsAsciiDigit(s[2]) || s[3] != ' ' ||
            char.IsWhiteSpace(s[4]) || char.IsWhiteSpace(s[^1]))
        {
            BreakMalformed(StartResponseStatusFormat, "start_response(status)", "'NNN Reason' (three digits, one space, a reason phrase)", Py.StrRepr(s));
            return;
        }

        _status = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
        if (_status is < 100 or > 599)
        {
            BreakMalformed(StartResponseStatusCodeRange, "start_response(status)", "a status code from 100 to 599", Py.StrRepr(s));
        }
    }

    private void JudgeHeaders(object? headers)
    {
        if (headers is not PyList list)
        {
            BreakMalformed(StartResponseHeadersTypeList, "start_response(response_headers)", "a list", $"{Py.TypeName(headers)} {Py.Repr(headers)}");
            return;
        }

        _declaredContentLength = null;
        bool contentType = false;
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is not PyTuple { Count: 2 } pair)
            {
                BreakMalformed(StartResponseHeadersTuplePairs, HeaderSubject(i), "a (name, value) tuple", $"{Py.TypeName(list[i])} {Py.Repr(list[i])}");
                continue;
            }

            if (pair[0] is not string name || pair[1] is not string value)
            {
                BreakMalformed(StartResponseHeadersStrTypes, HeaderSubject(i), "name and value both native str", Py.Repr(pair));
                continue;
            }

            if (!Py.IsLatin1(name) || !Py.IsLatin1(value))
            {
                BreakMalformed(StartResponseHeadersLatin1, HeaderSubject(i), "latin-1 characters only", Py.Repr(pair));
                continue;
            }

            if (name.Length == 0 || name.AsSpan().IndexOfAnyExcept(TokenChars) >= 0)
            {
                BreakMalformed(StartResponseHeadersNameToken, HeaderSubject(i), "a field name that is an RFC 9110 token", Py.StrRepr(name));
                continue;
            }

            if (value.AsSpan().IndexOfAnyInRange('\0', '\u0008') >= 0 || value.AsSpan().IndexOfAnyInRange('\n', '\u001f') >= 0 || value.Contains('\u007f'))
            {
                BreakMalformed(StartResponseHeadersValueNoCtl, HeaderSubject(i), "a value without CR, LF or other control characters", Py.StrRepr(value));
                continue;
            }

            JudgeHeader(i, name, value, ref contentType);
        }

        bool noBody = _status is >= 100 and < 200 or 204 or 304;
        if (_status != 0 && !contentType && !noBody)
        {
            Break(HttpContentTypeRequired, "start_response(response_headers)", "a Content-Type header (the status is not 1xx, 204 or 304)", Py.Repr(list));
        }
    }

    // Status and header syntax a server can refuse at the call (start_response.check_at_call); the
    // HTTP heuristics (Content-Type present, ETag quoting, ...) are not for a server to refuse.
    private void BreakMalformed(Rule rule, string subject, string expected, string actual)
    {
        _callMalformed = true;
        Break(rule, subject, expected, actual);
    }

    private void JudgeHeader(int index, string name, string value, ref bool contentType)
    {
        string lower = KnownHeaderName(name);
        if (lower == "status")
        {
            Break(StartResponseHeadersNoStatus, HeaderSubject(index), "no 'Status' header (the status goes in the status argument)", Py.StrRepr(value));
        }
        else if (lower == "transfer-encoding")
        {
            _callHadHopByHop = true;
            Break(TransferEncodingAppForbidden, HeaderSubject(index), "no Transfer-Encoding (the server applies transfer codings)", Py.StrRepr(value));
        }
        else if (Array.IndexOf(HopByHop, lower) >= 0)
        {
            _callHadHopByHop = true;
            Break(StartResponseHeadersNoHopByHop, HeaderSubject(index), "no hop-by-hop header", $"{name}: {Py.StrRepr(value)}");
        }
        else if (lower == "content-type")
        {
            contentType = true;
            if (_status is 204 or 304)
            {
                Break(HttpContentTypeForbiddenNoBody, HeaderSubject(index), $"no Content-Type on a {_status} response", Py.StrRepr(value));
            }
        }
        else if (lower == "content-length")
        {
            if (_status is >= 100 and < 200 or 204)
            {
                Break(HttpContentLengthForbiddenNoBody, HeaderSubject(index), $"no Content-Length on a {_status} response", Py.StrRepr(value));
            }
            else if (long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long n))
            {
                _declaredContentLength = n;
            }
        }
        else if (lower == "etag")
        {
            JudgeEtag(index, value);
        }

        if (_status == 304 && Array.IndexOf(EntityHeaders304, lower) >= 0)
        {
            Break(Http304EntityHeaders, HeaderSubject(index), "no representation metadata on a 304", $"{name}: {Py.StrRepr(value)}");
        }
    }

    private static readonly string[] KnownHeaderNames = ["content-type", "content-length", "etag", "status", .. HopByHop, .. EntityHeaders304];

    private static string HeaderSubject(int index) => $"start_response(response_headers[{index}])";

    // The lower-case form of the header names the judge looks at; other names map to "" (no allocation).
    private static string KnownHeaderName(string name)
    {
        foreach (string known in KnownHeaderNames)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return "";
    }

    private void JudgeEtag(int index, string value)
    {
        ReadOnlySpan<char> v = value;
        if (v.StartsWith("w/", StringComparison.Ordinal))
        {
            Break(HttpEtagWeakPrefixCase, HeaderSubject(index), "a weak entity-tag prefixed with upper-case 'W/'", Py.StrRepr(value));
            return;
        }

        if (v.StartsWith("W/", StringComparison.Ordinal))
        {
            v = v[2..];
        }

        if (v.Length < 2 || v[0] != '"' || v[^1] != '"' || v[1..^1].Contains('"'))
        {
            Break(HttpEtagQuoted, HeaderSubject(index), "an entity-tag in double quotes", Py.StrRepr(value));
        }
    }
}
