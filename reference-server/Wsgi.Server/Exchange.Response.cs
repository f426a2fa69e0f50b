using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Wsgi.Python;

namespace Wsgi.Server;

/// <summary>The response side: start_response state, header timing and Content-Length accounting.</summary>
internal sealed partial class Exchange
{
    private ResponseHead? _head;
    private WriteCallable? _write;
    private bool _startCalled;
    private bool _headersSent;
    private bool _bodyless;
    private bool _overrun;
    private long _bodySent;

    /// <summary>start_response: a second call needs exc_info; with it, replace the head while nothing
    /// was sent, else re-raise exc_info[1]. exc_info is never stored.</summary>
    public WriteCallable OnStartResponse(object? status, object? headers, object? excInfo)
    {
        if (excInfo is not null && !(excInfo is PyTuple { Count: 0 }))
        {
            var error = ExcInfo.ValueOf(excInfo)
                ?? throw new PyTypeError($"exc_info must be a (type, value, traceback) tuple from sys.exc_info(), not {Py.TypeName(excInfo)}: {Py.Repr(excInfo)}");
            if (_headersSent)
            {
                ExceptionDispatchInfo.Capture(error).Throw();
            }
        }
        else if (_startCalled)
        {
            throw new PyAssertionError("start_response() called a second time without exc_info: only an error handler may call it again, passing sys.exc_info()");
        }

        _startCalled = true;
        _head = ResponseHead.Parse(status, headers);
        return _write ??= new WriteCallable(this);
    }

    /// <summary>write(data): sent and flushed before it returns; past Content-Length it raises.</summary>
    public void OnWrite(byte[] data)
    {
        if (_head is null)
        {
            throw new PyAssertionError("write() called before start_response() succeeded");
        }

        if (http.RequestAborted.IsCancellationRequested)
        {
            throw new IOException("write(): the client has disconnected");
        }

        if (data.Length > 0)
        {
            var admitted = Admit(data);
            if (!_bodyless && !admitted.IsEmpty)
            {
                http.Response.Body.Write(admitted.Span);
            }
            else if (!http.Response.HasStarted)
            {
                http.Response.StartAsync().GetAwaiter().GetResult();
            }
        }

        if (_overrun)
        {
            CloseConnectionAfterResponse();
            throw new PyValueError($"write() past the declared Content-Length ({_head.ContentLength} bytes): the extra bytes were not sent");
        }
    }

    /// <summary>Sends one non-empty chunk of the iterable and flushes it.</summary>
    private async ValueTask SendAsync(ReadOnlyMemory<byte> chunk)
    {
        var admitted = Admit(chunk);
        if (!_bodyless && !admitted.IsEmpty)
        {
            await http.Response.Body.WriteAsync(admitted).ConfigureAwait(false);
        }
        else if (!http.Response.HasStarted)
        {
            await http.Response.StartAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Sends the head with the first body data, and cuts the data at the app's Content-Length.</summary>
    private ReadOnlyMemory<byte> Admit(ReadOnlyMemory<byte> chunk)
    {
        if (_head is null)
        {
            throw new PyAssertionError("the application produced body data before calling start_response()");
        }

        if (!_headersSent)
        {
            ApplyHead(_head);
        }

        if (_head.ContentLength >= 0 && chunk.Length > _head.ContentLength - _bodySent)
        {
            chunk = chunk[..(int)(_head.ContentLength - _bodySent)];
            _overrun = true;
        }

        _bodySent += chunk.Length;
        return chunk;
    }

    /// <summary>Puts status and headers on the Kestrel response: from here on they count as sent.</summary>
    private void ApplyHead(ResponseHead head)
    {
        _headersSent = true;
        _bodyless = head.ForbidsBody || HttpMethods.IsHead(http.Request.Method);
        var response = http.Response;
        response.StatusCode = head.Code;
        http.Features.GetRequiredFeature<IHttpResponseFeature>().ReasonPhrase = head.Reason;
        var headers = response.Headers;
        foreach (var (name, value) in head.Headers)
        {
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                // RFC 9110 §8.6: no Content-Length on 1xx and 204.
                if (head.Code is >= 200 and not 204)
                {
                    response.ContentLength = head.ContentLength;
                }
            }
            else
            {
                headers.Append(name, value);
            }
        }
    }

    /// <summary>At exhaustion: start_response must have been called; the head goes out now if no body
    /// did; a short body closes the connection.</summary>
    private async Task FinishAsync()
    {
        if (_head is null)
        {
            throw new PyAssertionError(_startCalled
                ? "the application returned after its start_response() call failed"
                : "the application returned without calling start_response()");
        }

        if (!_headersSent)
        {
            ApplyHead(_head);
        }

        if (_overrun)
        {
            server.Log($"{Describe()}: the application sent more than its Content-Length ({_head.ContentLength}); the rest was dropped and the connection will close");
            CloseConnectionAfterResponse();
        }
        else if (!_bodyless && _head.ContentLength > _bodySent && !http.RequestAborted.IsCancellationRequested)
        {
            server.Log($"{Describe()}: the application sent {_bodySent} of its Content-Length {_head.ContentLength} bytes; closing the connection");
            // Kestrel sees the short body when the handler returns, ends keep-alive and completes
            // the output, so the client gets every byte sent and then the close. Aborting here
            // instead could drop bytes still in the output pipe.
            await http.Response.StartAsync().ConfigureAwait(false);
        }
    }

    /// <summary>An exception from the app or its iterable: logged to wsgi.errors; a 500 if nothing
    /// reached the wire yet, else the connection is closed (PEP 3333 "Error Handling").</summary>
    private async Task FailAsync(Exception e, string when)
    {
        LogException(e, when);
        if (http.Response.HasStarted)
        {
            // Too late for a 500: let the exception reach Kestrel, which ends keep-alive and
            // completes the output without the terminating chunk, so the client sees a truncated
            // body and the close after every byte already sent (HttpContext.Abort could drop them).
            ExceptionDispatchInfo.Throw(e);
        }

        // A malformed body (bad chunk framing, too large) surfaces as an exception from
        // wsgi.input.read(): that is the client's fault, and the connection cannot be reused.
        if (FindBadRequest(e) is { } bad)
        {
            string reason = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(bad.StatusCode);
            await AnswerAsync(bad.StatusCode, $"{bad.StatusCode} {reason}: {bad.Message}\n", closeConnection: true).ConfigureAwait(false);
            return;
        }

        await AnswerAsync(StatusCodes.Status500InternalServerError, "500 Internal Server Error\n", closeConnection: false).ConfigureAwait(false);
    }

    /// <summary>A response of the server's own (404, 500, a refusal), replacing anything the app set.</summary>
    private async Task AnswerAsync(int status, string message, bool closeConnection)
    {
        var response = http.Response;
        response.Clear();
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        if (closeConnection)
        {
            response.Headers.Connection = "close";
        }

        byte[] body = System.Text.Encoding.UTF8.GetBytes(message);
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await response.Body.WriteAsync(body).ConfigureAwait(false);
        }
    }

    /// <summary>Ends keep-alive: the connection closes once this response is complete.</summary>
    private void CloseConnectionAfterResponse()
    {
        if (http.Features.Get<IConnectionLifetimeNotificationFeature>() is { } lifetime)
        {
            lifetime.RequestClose();
        }
        else
        {
            http.Abort();
        }
    }

    private static BadHttpRequestException? FindBadRequest(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException bad)
            {
                return bad;
            }
        }

        return null;
    }

    private void LogException(Exception e, string when) =>
        server.Errors.Write($"[wsgi-server] {Describe()}: {when}:{Environment.NewLine}{e}{Environment.NewLine}");

    private string Describe() => $"{http.Request.Method} {Py.Cut(EnvironBuilder.RawTarget(http))}";
}
