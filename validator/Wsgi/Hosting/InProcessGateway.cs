using System.Collections;
using System.Runtime.ExceptionServices;
using System.Text;
using Wsgi.Python;

namespace Wsgi.Hosting;

/// <summary>A correct WSGI gateway without sockets: builds the environ from a parsed request, calls
/// the app, consumes the result as PEP 3333 requires (headers with the first non-empty chunk or at
/// exhaustion, close() exactly once, exc_info rules), and returns what it would have sent. Used to
/// run apps in tests, benchmarks and the CLI; <see cref="GatewayFaults"/> turns it into a broken
/// server double.</summary>
public sealed class InProcessGateway(GatewayFaults? faults = null)
{
    private static readonly string[] HopByHop =
        ["connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer", "trailers", "transfer-encoding", "upgrade"];

    private readonly GatewayFaults _faults = faults ?? GatewayFaults.None;

    /// <summary>SERVER_NAME.</summary>
    public string ServerName { get; init; } = "127.0.0.1";

    /// <summary>SERVER_PORT.</summary>
    public string ServerPort { get; init; } = "80";

    /// <summary>Where wsgi.errors writes; by default an in-memory writer (see <see cref="ErrorsWriter"/>).</summary>
    public TextWriter ErrorsWriter { get; init; } = new StringWriter();

    /// <summary>Builds the environ a correct server gives for <paramref name="request"/>.</summary>
    public PyDict BuildEnviron(WsgiRequest request)
    {
        var env = new PyDict(24)
        {
            ["REQUEST_METHOD"] = request.Method,
            ["SCRIPT_NAME"] = request.ScriptName,
            ["PATH_INFO"] = request.Path,
            ["QUERY_STRING"] = request.Query,
            ["SERVER_NAME"] = ServerName,
            ["SERVER_PORT"] = ServerPort,
            ["SERVER_PROTOCOL"] = request.Protocol,
            ["wsgi.version"] = WsgiVersion,
            ["wsgi.url_scheme"] = "http",
            ["wsgi.input"] = _faults.Input?.Invoke(request.Body ?? []) ?? new BytesInput(request.Body ?? []),
            ["wsgi.errors"] = _faults.Errors ?? new TextWriterErrors(ErrorsWriter),
            ["wsgi.multithread"] = true,
            ["wsgi.multiprocess"] = false,
            ["wsgi.run_once"] = false,
            ["wsgi.file_wrapper"] = FileWrapper.Callable,
        };
        if (request.Body is { } body)
        {
            env["CONTENT_LENGTH"] = body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var (name, value) in request.Headers ?? [])
        {
            if (name.Contains('_'))
            {
                continue; // X_Foo must never spoof X-Foo.
            }

            string key = name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) ? "CONTENT_TYPE"
                : name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) ? "CONTENT_LENGTH"
                : "HTTP_" + name.ToUpperInvariant().Replace('-', '_');
            env[key] = env.Get(key) is string previous && key.StartsWith("HTTP_", StringComparison.Ordinal)
                ? previous + (key == "HTTP_COOKIE" ? "; " : ", ") + value
                : value;
        }

        return env;
    }

    private static readonly PyTuple WsgiVersion = new(1, 0);

    /// <summary>The environ of a plain <c>GET /</c> over <paramref name="body"/> (the <c>wsgi.*</c> keys, SCRIPT_NAME,
    /// SERVER_NAME, ... as <see cref="BuildEnviron(WsgiRequest)"/> gives them, no CONTENT_LENGTH) with the CGI keys of
    /// <paramref name="cgi"/> laid over it: a value replaces, <c>null</c> removes.</summary>
    public PyDict BuildEnviron(IEnumerable<KeyValuePair<string, string?>> cgi, byte[] body)
    {
        PyDict env = BuildEnviron(new WsgiRequest("GET", "/", Body: body));
        env.Remove("CONTENT_LENGTH");
        foreach (var (key, value) in cgi)
        {
            if (value is null)
            {
                env.Remove(key);
            }
            else
            {
                env[key] = value;
            }
        }

        return env;
    }

    /// <summary>Serves <paramref name="request"/> with <paramref name="app"/>. Never throws for what
    /// the app does: an app error is recorded in <see cref="WsgiResponse.Error"/>.</summary>
    public WsgiResponse Run(PyCallable app, WsgiRequest request) => Run(app, BuildEnviron(request));

    /// <summary>Serves the request <paramref name="env"/> describes (HEAD when its REQUEST_METHOD says so) with
    /// <paramref name="app"/>. Never throws for what the app does.</summary>
    public WsgiResponse Run(PyCallable app, PyDict env)
    {
        _faults.EditEnviron?.Invoke(env);
        object? environ = _faults.ReplaceEnviron is { } replace ? replace(env) : env;
        var exchange = new Exchange(this, env.Get("REQUEST_METHOD") is "HEAD");
        object? result = null;
        try
        {
            result = _faults.CallWithKeywords
                ? app.CallWithKeywords(new Dictionary<string, object?> { ["start_response"] = exchange.StartResponse }, environ)
                : app.Call(environ, exchange.StartResponse);
            exchange.Consume(result);
        }
        catch (Exception e)
        {
            exchange.Fail(e);
        }
        finally
        {
            exchange.Finish(result);
        }

        return exchange.Response;
    }

    private sealed class Exchange
    {
        private readonly InProcessGateway _gateway;
        private readonly GatewayFaults _faults;
        private readonly bool _head;
        private string? _status;
        private List<(string, string)>? _headers;
        private bool _iterationRaised;

        public Exchange(InProcessGateway gateway, bool head)
        {
            _gateway = gateway;
            _faults = gateway._faults;
            _head = head;
            StartResponse = PyCallable.From("start_response", Start);
            Write = PyCallable.From("write", WriteBody);
        }

        public WsgiResponse Response { get; } = new();

        public PyCallable StartResponse { get; }

        public PyCallable Write { get; }

        public void Consume(object? result)
        {
            if (result is not IEnumerable items)
            {
                throw new PyTypeError($"'{Py.TypeName(result)}' object is not iterable");
            }

            if (_faults.IterateTwice)
            {
                items.GetEnumerator();
            }

            IEnumerator it = items.GetEnumerator();
            try
            {
                while (it.MoveNext())
                {
                    if (it.Current is not byte[] data)
                    {
                        throw new PyTypeError($"response body items must be bytes, not {Py.TypeName(it.Current)}");
                    }

                    Send(data);
                }
            }
            catch
            {
                _iterationRaised = true;
                throw;
            }

            SendHeaders();
            if (_faults.UseAfterClose && result is IPyClosable c)
            {
                c.Close();
                Response.CloseCalls++;
                it.MoveNext();
            }
        }

        public void Fail(Exception e)
        {
            Response.Error = e;
            _gateway.ErrorsWriter.Write($"application error: {e.GetType().Name}: {e.Message}\n");
            if (Response.HeadersSent)
            {
                Response.Aborted = true;
                return;
            }

            Response.Status = "500 Internal Server Error";
            Response.Headers.Clear();
            Response.Headers.Add(("Content-Type", "text/plain"));
        }

        public void Finish(object? result)
        {
            bool skip = _faults.SkipClose || _faults.SkipCloseOnError && _iterationRaised || _faults.UseAfterClose;
            if (result is IPyClosable closable && !skip)
            {
                try
                {
                    closable.Close();
                    Response.CloseCalls++;
                    if (_faults.CloseTwice)
                    {
                        closable.Close();
                        Response.CloseCalls++;
                    }
                }
                catch (Exception e)
                {
                    Response.Error ??= e;
                }
            }

            (result as IWsgiExchangeEnd)?.ExchangeEnded();
        }

        private object? Start(object?[] args)
        {
            if (args.Length is < 2 or > 3)
            {
                throw new PyTypeError($"start_response() takes 2 or 3 arguments ({args.Length} given)");
            }

            object? excInfo = args.Length == 3 ? args[2] : null;
            if (excInfo is not null)
            {
                if (Response.HeadersSent && !_faults.SwallowExcInfoAfterHeaders)
                {
                    Exception value = ExcInfo.ValueOf(excInfo) ?? new PyTypeError("exc_info must be a (type, value, traceback) tuple");
                    ExceptionDispatchInfo.Throw(value);
                }
            }
            else if (_status is not null && !_faults.AllowRepeatWithoutExcInfo)
            {
                throw new InvalidOperationException("start_response() called a second time without exc_info");
            }

            var headers = new List<(string, string)>();
            if (!_faults.NoCheckAtCall)
            {
                CheckStatus(args[0]);
                CheckHeaders(args[1], headers);
            }
            else if (args[1] is IEnumerable list)
            {
                foreach (object? h in list)
                {
                    if (h is PyTuple { Count: 2 } t)
                    {
                        headers.Add((t[0]?.ToString() ?? "", t[1]?.ToString() ?? ""));
                    }
                }
            }

            _status = args[0] as string ?? args[0]?.ToString() ?? "";
            _headers = headers;
            return _faults.StartResponseReturnsNone ? null : Write;
        }

        private static void CheckStatus(object? status)
        {
            if (status is not string s || s.Length < 5 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[1]) || !char.IsAsciiDigit(s[2]) ||
                s[3] != ' ' || s[0] == '0' || s[0] > '5' || !Py.IsLatin1(s) || s.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0 || s.Contains('\u007f'))
            {
                throw new PyTypeError($"status must be a str like '200 OK', got {Py.Repr(status)}");
            }
        }

        private static void CheckHeaders(object? headers, List<(string, string)> into)
        {
            if (headers is not PyList list)
            {
                throw new PyTypeError($"headers must be a list, got {Py.TypeName(headers)}");
            }

            foreach (object? h in list)
            {
                if (h is not PyTuple { Count: 2 } t || t[0] is not string name || t[1] is not string value)
                {
                    throw new PyTypeError($"each header must be a (str, str) tuple, got {Py.Repr(h)}");
                }

                if (name.Length == 0 || !Py.IsLatin1(name) || !Py.IsLatin1(value) || name.AsSpan().IndexOfAny(" \t\r\n:()<>@,;\\\"/[]?={}") >= 0 ||
                    value.AsSpan().IndexOfAnyInRange('\0', '\u0008') >= 0 || value.AsSpan().IndexOfAnyInRange('\n', '\u001f') >= 0 || value.Contains('\u007f'))
                {
                    throw new PyTypeError($"invalid header {Py.Repr(h)}");
                }

                if (Array.IndexOf(HopByHop, name.ToLowerInvariant()) >= 0)
                {
                    throw new PyTypeError($"hop-by-hop header not allowed: {Py.StrRepr(name)}");
                }

                into.Add((name, value));
            }
        }

        private object? WriteBody(object?[] args)
        {
            if (_status is null)
            {
                throw new InvalidOperationException("write() before start_response()");
            }

            if (args.Length != 1 || args[0] is not byte[] data)
            {
                throw new PyTypeError($"write() argument must be bytes, not {(args.Length == 1 ? Py.TypeName(args[0]) : $"{args.Length} arguments")}");
            }

            Send(data);
            return null;
        }

        private void Send(byte[] data)
        {
            if (data.Length == 0)
            {
                return; // An empty chunk must not trigger the headers.
            }

            SendHeaders();
            if (!_head)
            {
                Response.Append(data);
            }
        }

        private void SendHeaders()
        {
            if (Response.HeadersSent)
            {
                return;
            }

            if (_status is null)
            {
                throw new InvalidOperationException("the application returned body data before calling start_response()");
            }

            Response.Status = _status;
            Response.Headers.AddRange(_headers ?? []);
            Response.HeadersSent = true;
        }
    }
}
