using System.Buffers;
using Wsgi.Catalogue;
using Wsgi.Python;
using Wsgi.Validator.Tracing;
using static Wsgi.Catalogue.Rules;

namespace Wsgi.Validator.Judging;

// The invocation and the environ, in the order of PEP 3333's "environ Variables" section.
public sealed partial class ExchangeJudge
{
    private static readonly Rule[] EnvironRules =
    [
        InvokePositionalTwoArgs, AppCallableTwoArgs,
        EnvironTypeBuiltinDict, EnvironKeysStr, EnvironCgiValueTypeStr, EnvironCgiLatin1Only,
        EnvironExtensionNaming, EnvironExtensionWsgiPrefix,
        EnvironRequiredRequestMethod, EnvironRequestMethodToken,
        EnvironScriptNameLeadingSlash, EnvironScriptNameNotRootSlash, EnvironScriptNameNoTrailingSlash,
        EnvironPathInfoPresence, EnvironPathInfoLeadingSlash,
        EnvironContentLengthValue, EnvironContentLengthDigitsOnly, EnvironNoHttpContentTypeLength,
        EnvironRequiredServerName, EnvironServerNameNonempty, EnvironServerNameValidHost,
        EnvironRequiredServerPort, EnvironServerPortNonempty, EnvironServerPortDigits,
        EnvironRequiredServerProtocol, EnvironServerProtocolFormat,
        EnvironHttpNaming, EnvironHttpHostValidAuthority,
        EnvironRequiredWsgiVersion, EnvironWsgiVersionValue,
        EnvironRequiredWsgiUrlScheme, EnvironWsgiUrlSchemeValue,
        EnvironRequiredWsgiInput, EnvironRequiredWsgiErrors,
        EnvironRequiredWsgiMultithread, EnvironRequiredWsgiMultiprocess, EnvironRequiredWsgiRunOnce,
        InputMethods, ErrorsMethods,
    ];

    private static readonly string[] SpecWsgiKeys =
        ["wsgi.version", "wsgi.url_scheme", "wsgi.input", "wsgi.errors", "wsgi.multithread", "wsgi.multiprocess", "wsgi.run_once", "wsgi.file_wrapper"];

    // RFC 9110 tchar: the bytes allowed in a token (method, header field name).
    private static readonly SearchValues<char> TokenChars =
        SearchValues.Create("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // RFC 3986 reg-name characters (unreserved, pct-encoded, sub-delims) plus IP-literal brackets and colons.
    private static readonly SearchValues<char> HostChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~%!$&'()*+,;=[]:");

    private static readonly SearchValues<char> ExtensionKeyChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789._");

    private static readonly SearchValues<char> CgiHttpNameChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_!#$%&'*+.^`|~");

    private long? _environContentLength;
    private string _requestMethod = "";

    /// <summary>The server called the application: judges the call's shape and the environ.</summary>
    /// <param name="positionalCount">How many positional arguments the server passed.</param>
    /// <param name="keywordNames">The names of keyword arguments it passed (usually none).</param>
    /// <param name="environ">The first positional argument, as the server passed it.</param>
    /// <param name="app">The application object (judged for being callable).</param>
    public void Invoke(int positionalCount, IReadOnlyCollection<string>? keywordNames, object? environ, object? app)
    {
        lock (_gate)
        {
            if (_trace is not null)
            {
                _trace.Environ = environ is PyDict d ? new PyDict(d) : environ;
            }

            Next(EventKinds.Invoke, _trace is null ? null : [positionalCount], _trace is null ? null : keywordNames?.ToDictionary(k => k, _ => (object?)null), _trace is null ? null : Py.IsCallable(app));
            if (positionalCount != 2 || keywordNames is { Count: > 0 })
            {
                Break(InvokePositionalTwoArgs, "application(...)", "called with exactly two positional arguments (environ, start_response)",
                    $"{positionalCount} positional argument(s)" + (keywordNames is { Count: > 0 } ? $" and keywords {string.Join(", ", keywordNames)}" : ""));
            }

            if (!Py.IsCallable(app))
            {
                Break(AppCallableTwoArgs, "application", "a callable taking (environ, start_response)", $"{Py.TypeName(app)} {Py.Repr(app)}");
            }

            JudgeEnviron(environ);
        }
    }

    private void JudgeEnviron(object? environ)
    {
        if (environ is not PyDict d)
        {
            Break(EnvironTypeBuiltinDict, "environ", "a builtin dict", $"{Py.TypeName(environ)} {Py.Repr(environ)}");
            return;
        }

        if (d.GetType() != typeof(PyDict))
        {
            Break(EnvironTypeBuiltinDict, "environ", "exactly a builtin dict, not a subclass", $"an instance of {Py.TypeName(d)}");
        }

        // One pass over the entries: each key is judged, and the values the later checks need are
        // picked up on the way (a switch on the key is cheaper than fifteen dictionary look-ups).
        var v = new EnvironView();
        foreach (var (key, value) in d)
        {
            if (key is not string k)
            {
                Break(EnvironKeysStr, $"environ key {Py.Repr(key)}", "a native str", Py.TypeName(key));
                continue;
            }

            v.Take(k, value);

            // HTTP_* keys are CGI variables whatever the field name held: '.', '~' and '!' are token characters (RFC 9110 §5.6.2).
            if (k.Contains('.') && !k.StartsWith("HTTP_", StringComparison.Ordinal))
            {
                JudgeExtensionKey(k);
            }
            else
            {
                JudgeCgiVariable(k, value);
            }
        }

        JudgeCgiValues(ref v);
        JudgeWsgiValues(ref v);
    }

    private void JudgeExtensionKey(string k)
    {
        if (k.AsSpan().IndexOfAnyExcept(ExtensionKeyChars) >= 0)
        {
            Break(EnvironExtensionNaming, $"environ[{Py.StrRepr(k)}]", "an extension key of lower-case letters, digits, dots and underscores", Py.StrRepr(k));
        }

        if (k.StartsWith("wsgi.", StringComparison.Ordinal) && Array.IndexOf(SpecWsgiKeys, k) < 0)
        {
            Break(EnvironExtensionWsgiPrefix, $"environ[{Py.StrRepr(k)}]", "the wsgi. prefix used only for keys PEP 3333 defines", Py.StrRepr(k));
        }
    }

    private void JudgeCgiVariable(string k, object? value)
    {
        if (value is not string s)
        {
            Break(EnvironCgiValueTypeStr, EnvironSubject(k), "a native str", $"{Py.TypeName(value)} {Py.Repr(value)}");
        }
        else if (!Py.IsLatin1(s))
        {
            Break(EnvironCgiLatin1Only, EnvironSubject(k), "a str of code points up to U+00FF (bytes decoded as latin-1)", Py.Repr(s));
        }

        if (k.StartsWith("HTTP_", StringComparison.Ordinal))
        {
            if (k is "HTTP_CONTENT_TYPE" or "HTTP_CONTENT_LENGTH")
            {
                Break(EnvironNoHttpContentTypeLength, EnvironSubject(k), "CONTENT_TYPE and CONTENT_LENGTH without the HTTP_ prefix", $"key {Py.StrRepr(k)}");
            }
            else if (k.Length == 5 || k.AsSpan(5).IndexOfAnyExcept(CgiHttpNameChars) >= 0)
            {
                Break(EnvironHttpNaming, EnvironSubject(k), "HTTP_ followed by the field name upper-cased with '-' as '_'", $"key {Py.StrRepr(k)}");
            }
        }
    }

    private static string EnvironSubject(string key) => $"environ[{Py.StrRepr(key)}]";

    private void JudgeCgiValues(ref EnvironView d)
    {
        object? method = d.RequestMethod;
        if (method == EnvironView.Absent || method is "")
        {
            Break(EnvironRequiredRequestMethod, "environ['REQUEST_METHOD']", "present and not empty", method is "" ? "''" : "absent");
        }
        else if (method is string m)
        {
            _requestMethod = m;
            if (m.AsSpan().IndexOfAnyExcept(TokenChars) >= 0)
            {
                Break(EnvironRequestMethodToken, "environ['REQUEST_METHOD']", "the request-line method token", Py.StrRepr(m));
            }
        }

        object? scriptName = d.ScriptName;
        if (scriptName is string sn && sn.Length > 0)
        {
            if (sn == "/")
            {
                Break(EnvironScriptNameNotRootSlash, "environ['SCRIPT_NAME']", "'' for an app mounted at the root, never '/'", "'/'");
            }
            else if (sn[0] != '/')
            {
                Break(EnvironScriptNameLeadingSlash, "environ['SCRIPT_NAME']", "empty or starting with '/'", Py.StrRepr(sn));
            }
            else if (sn[^1] == '/')
            {
                Break(EnvironScriptNameNoTrailingSlash, "environ['SCRIPT_NAME']", "no trailing '/' (it belongs to PATH_INFO)", Py.StrRepr(sn));
            }
        }

        object? pathInfo = d.PathInfo;
        if (pathInfo == EnvironView.Absent && (scriptName == EnvironView.Absent || scriptName is null or ""))
        {
            Break(EnvironPathInfoPresence, "environ['PATH_INFO']", "present when SCRIPT_NAME is empty", "absent");
        }
        else if (pathInfo is string pi && pi.Length > 0 && pi[0] != '/')
        {
            Break(EnvironPathInfoLeadingSlash, "environ['PATH_INFO']", "empty or starting with '/'", Py.StrRepr(pi));
        }

        JudgeContentLength(d.ContentLength);
        JudgeServerAddress(ref d);

        if (d.HttpHost is string host && !IsAuthority(host))
        {
            Break(EnvironHttpHostValidAuthority, "environ['HTTP_HOST']", "a host[:port] authority", Py.StrRepr(host));
        }
    }

    private void JudgeContentLength(object? value)
    {
        if (value is not string cl || cl.Length == 0)
        {
            return;
        }

        bool digits = cl.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;
        if (digits && long.TryParse(cl, out long n))
        {
            _environContentLength = n;
            return;
        }

        // Python's int() accepts surrounding whitespace and a sign: " 5" is a valid int but not 1*DIGIT.
        if (long.TryParse(cl.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long loose) && loose >= 0)
        {
            Break(EnvironContentLengthDigitsOnly, "environ['CONTENT_LENGTH']", "digits only (RFC 9110 1*DIGIT)", Py.StrRepr(cl));
            _environContentLength = loose;
        }
        else
        {
            Break(EnvironContentLengthValue, "environ['CONTENT_LENGTH']", "empty or a non-negative integer", Py.StrRepr(cl));
        }
    }

    private void JudgeServerAddress(ref EnvironView d)
    {
        object? name = d.ServerName;
        if (name == EnvironView.Absent)
        {
            Break(EnvironRequiredServerName, "environ['SERVER_NAME']", "present", "absent");
        }
        else if (name is "")
        {
            Break(EnvironServerNameNonempty, "environ['SERVER_NAME']", "not empty", "''");
        }
        else if (name is string n && (n.AsSpan().IndexOfAnyExcept(HostChars) >= 0 || n.Contains(':') && n[0] != '['))
        {
            Break(EnvironServerNameValidHost, "environ['SERVER_NAME']", "a host name or IP literal (RFC 3986)", Py.StrRepr(n));
        }

        object? port = d.ServerPort;
        if (port == EnvironView.Absent)
        {
            Break(EnvironRequiredServerPort, "environ['SERVER_PORT']", "present", "absent");
        }
        else if (port is "")
        {
            Break(EnvironServerPortNonempty, "environ['SERVER_PORT']", "not empty", "''");
        }
        else if (port is string p && p.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            Break(EnvironServerPortDigits, "environ['SERVER_PORT']", "a port number of digits only", Py.StrRepr(p));
        }

        object? protocol = d.ServerProtocol;
        if (protocol == EnvironView.Absent)
        {
            Break(EnvironRequiredServerProtocol, "environ['SERVER_PROTOCOL']", "present", "absent");
        }
        else if (protocol is string pr && !IsProtocol(pr))
        {
            Break(EnvironServerProtocolFormat, "environ['SERVER_PROTOCOL']", "HTTP/<digit>[.<digit>], like 'HTTP/1.1'", Py.StrRepr(pr));
        }
    }

    private void JudgeWsgiValues(ref EnvironView d)
    {
        object? version = d.Version;
        if (version == EnvironView.Absent)
        {
            Break(EnvironRequiredWsgiVersion, "environ['wsgi.version']", "present", "absent");
        }
        else if (version is not PyTuple { Count: 2 } t || !Equals(ToLong(t[0]), 1L) || !Equals(ToLong(t[1]), 0L))
        {
            Break(EnvironWsgiVersionValue, "environ['wsgi.version']", "the tuple (1, 0)", $"{Py.TypeName(version)} {Py.Repr(version)}");
        }

        object? scheme = d.UrlScheme;
        if (scheme == EnvironView.Absent)
        {
            Break(EnvironRequiredWsgiUrlScheme, "environ['wsgi.url_scheme']", "present", "absent");
        }
        else if (scheme is not ("http" or "https"))
        {
            Break(EnvironWsgiUrlSchemeValue, "environ['wsgi.url_scheme']", "'http' or 'https'", Py.Repr(scheme));
        }

        object? input = d.Input;
        if (input == EnvironView.Absent)
        {
            Break(EnvironRequiredWsgiInput, "environ['wsgi.input']", "present", "absent");
        }
        else
        {
            foreach (string method in (ReadOnlySpan<string>)["read", "readline", "readlines", "__iter__"])
            {
                if (!Py.HasAttr(input, method))
                {
                    Break(InputMethods, "environ['wsgi.input']", $"an input stream with read, readline, readlines and __iter__", $"{Py.TypeName(input)} without {method}");
                    break;
                }
            }
        }

        object? errors = d.Errors;
        if (errors == EnvironView.Absent)
        {
            Break(EnvironRequiredWsgiErrors, "environ['wsgi.errors']", "present", "absent");
        }
        else
        {
            foreach (string method in (ReadOnlySpan<string>)["write", "writelines", "flush"])
            {
                if (!Py.HasAttr(errors, method))
                {
                    Break(ErrorsMethods, "environ['wsgi.errors']", "an output stream with write, writelines and flush", $"{Py.TypeName(errors)} without {method}");
                    break;
                }
            }
        }

        if (d.Multithread == EnvironView.Absent)
        {
            Break(EnvironRequiredWsgiMultithread, "environ['wsgi.multithread']", "present", "absent");
        }

        if (d.Multiprocess == EnvironView.Absent)
        {
            Break(EnvironRequiredWsgiMultiprocess, "environ['wsgi.multiprocess']", "present", "absent");
        }

        if (d.RunOnce == EnvironView.Absent)
        {
            Break(EnvironRequiredWsgiRunOnce, "environ['wsgi.run_once']", "present", "absent");
        }
    }

    private static object? ToLong(object? value) => Py.IsInt(value) ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : value;

    private static bool IsProtocol(string p) =>
        p.Length is 6 or 8 && p.StartsWith("HTTP/", StringComparison.Ordinal) && char.IsAsciiDigit(p[5]) &&
        (p.Length == 6 || p[6] == '.' && char.IsAsciiDigit(p[7]));

    private static bool IsAuthority(string a)
    {
        if (a.Length == 0)
        {
            return false;
        }

        int colon = a[0] == '[' ? a.IndexOf("]:", StringComparison.Ordinal) + 1 : a.LastIndexOf(':');
        ReadOnlySpan<char> host = colon > 0 ? a.AsSpan(0, colon) : a;
        ReadOnlySpan<char> port = colon > 0 ? a.AsSpan(colon + 1) : [];
        return host.Length > 0 && host.IndexOfAnyExcept(HostChars) < 0 && (host[0] == '[' || !host.Contains(':')) &&
            port.IndexOfAnyExceptInRange('0', '9') < 0;
    }
}
