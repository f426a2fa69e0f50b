using Wsgi.Catalogue;
using Wsgi.Python;
using Wsgi.Validator.Tracing;
using static Wsgi.Catalogue.Rules;

namespace Wsgi.Validator.Judging;

// The body: write(), the returned iterable, its items, close(), and what is judged at the end.
public sealed partial class ExchangeJudge
{
    private static readonly Rule[] BodyRules =
    [
        WriteBytes, WriteSinglePositional, WriteAppNotFromIterable, StartResponseBeforeFirstBody, StartResponseMustBeCalled,
        IterableReturn, IterableItemsBytes, IterableNotBareString, IterableLenAccurate,
        IterableCloseCalled, IterableCloseOnError, IterableNoUseAfterClose, IterableSinglePass,
        ContentLengthAppAccurate, HttpNoBody1xx204, HttpNoBody304,
    ];

    private long _bodyBytes;
    private bool _returned;
    private bool _appRaised;
    private bool _resultHasClose;
    private bool _bareString;
    private int? _declaredLen;
    private int _items;
    private int _iterCalls;
    private bool _iterating;
    private bool _exhausted;
    private bool _iterationRaised;
    private int _closeCalls;
    private bool _contentLengthBroken;

    /// <summary>The app called write(): judges the call before the server sees it.</summary>
    public void WriteCalled(ReadOnlySpan<object?> args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        lock (_gate)
        {
            Next(EventKinds.Write, Copy(args), kwargs);
            if (args.Length != 1 || kwargs is { Count: > 0 })
            {
                Break(WriteSinglePositional, "write", "exactly one positional argument", $"{args.Length} positional argument(s)" + (kwargs is { Count: > 0 } ? " and keywords" : ""));
                return;
            }

            if (_iterating)
            {
                Break(WriteAppNotFromIterable, "write", "not called from inside the result iterable", "write() during the server's next()");
            }

            if (_state == ExchangeState.NotStarted)
            {
                Break(StartResponseBeforeFirstBody, "write", "start_response called before any body is written", "write() before start_response");
            }

            if (args[0] is not byte[] data)
            {
                Break(WriteBytes, "write(data)", "a bytestring", $"{Py.TypeName(args[0])} {Py.Repr(args[0])}");
                return;
            }

            CountBody(data.Length, -1);
        }
    }

    /// <summary>The app returned <paramref name="result"/> to the server.</summary>
    public void AppReturned(object? result) => AppReturned(result, result switch
    {
        IPyLen l => l.Len(),
        System.Collections.ICollection c when result is not byte[] => c.Count,
        _ => null,
    });

    /// <summary>The app returned <paramref name="result"/>, whose <c>len()</c> is <paramref name="declaredLen"/> when it has one
    /// (a recorded result is a <see cref="PyOpaque"/> naming its attributes).</summary>
    public void AppReturned(object? result, int? declaredLen)
    {
        lock (_gate)
        {
            _returned = true;
            _resultHasClose = Py.HasAttr(result, "close");
            _declaredLen = declaredLen;
            if (_trace is null)
            {
                Next(EventKinds.AppReturn);
            }
            else
            {
                // The result object itself is not serialisable; its type and the attributes the judge needs are.
                object? shown = result is System.Collections.IEnumerable and not (string or byte[]) ? new PyOpaque(Py.TypeName(result), $"<{Py.TypeName(result)} object>", AttributesOf(result)) : result;
                Next(EventKinds.AppReturn, [shown], result: _declaredLen);
            }
            if (_reraisePending)
            {
                Break(StartResponseExcInfoAppNoTrap, "application", "the exception start_response re-raised to propagate", "the application returned normally");
                _reraisePending = false;
            }

            if (result is string or byte[])
            {
                _bareString = true;
                Break(IterableNotBareString, "application return value", "an iterable of bytestrings, not a bare string", $"{Py.TypeName(result)} {Py.Repr(result)}");
            }
            else if (!Py.HasAttr(result, "__iter__"))
            {
                Break(IterableReturn, "application return value", "an iterable yielding bytestrings", $"{Py.TypeName(result)} {Py.Repr(result)}");
            }
        }
    }

    /// <summary>The app raised instead of returning; the exchange is over unless the server goes on.</summary>
    public void AppRaised(Exception error) => AppRaised(Describe(error));

    /// <summary>The app raised (described as <c>TypeName: message</c>).</summary>
    public void AppRaised(string error)
    {
        lock (_gate)
        {
            _appRaised = true;
            _reraisePending = false;
            Next(EventKinds.AppRaise, error: error);
        }
    }

    /// <summary>The server called iter() on the result.</summary>
    public void IterStarted()
    {
        lock (_gate)
        {
            Next(EventKinds.Iter);
            _iterCalls++;
            if (_closeCalls > 0)
            {
                Break(IterableNoUseAfterClose, "iter(result)", "no use of the result after close()", "iter() after close()");
            }
            else if (_iterCalls == 2)
            {
                Break(IterableSinglePass, "iter(result)", "the result iterated once", "a second iter()");
            }
        }
    }

    /// <summary>The server asked for the next item (before the app's iterator runs).</summary>
    public void NextRequested()
    {
        lock (_gate)
        {
            Next(EventKinds.Next);
            _iterating = true;
            if (_closeCalls > 0)
            {
                Break(IterableNoUseAfterClose, "next(result)", "no use of the result after close()", "next() after close()");
            }
        }
    }

    /// <summary>The iterator yielded <paramref name="item"/>.</summary>
    public void ItemYielded(object? item)
    {
        lock (_gate)
        {
            _iterating = false;
            Next(EventKinds.Item, _trace is null ? null : [item]);
            _items++;
            if (_reraisePending)
            {
                Break(StartResponseExcInfoAppNoTrap, "result iterable", "the exception start_response re-raised to propagate", "the iterable went on yielding");
                _reraisePending = false;
            }

            if (_state == ExchangeState.NotStarted)
            {
                Break(StartResponseBeforeFirstBody, "result iterable", "start_response called before the first item is yielded", $"item {Py.Repr(item)} before start_response");
            }

            if (item is not byte[] data)
            {
                if (!_bareString)
                {
                    Break(IterableItemsBytes, $"result item {_items - 1}", "a bytestring", $"{Py.TypeName(item)} {Py.Repr(item)}");
                }

                return;
            }

            CountBody(data.Length, _items - 1);
        }
    }

    /// <summary>The iterator was exhausted.</summary>
    public void IterationEnded()
    {
        lock (_gate)
        {
            _iterating = false;
            Next(EventKinds.IterEnd);
            if (_exhausted)
            {
                return;
            }

            _exhausted = true;
            if (_reraisePending)
            {
                Break(StartResponseExcInfoAppNoTrap, "result iterable", "the exception start_response re-raised to propagate", "the iterable ended normally");
                _reraisePending = false;
            }

            if (_declaredLen is int len && len != _items)
            {
                Break(IterableLenAccurate, "len(result)", $"{len} items, as len() promised", $"{_items} items");
            }

            if (_declaredContentLength is long cl && _bodyBytes < cl && !_contentLengthBroken && _requestMethod != "HEAD")
            {
                _contentLengthBroken = true;
                Break(ContentLengthAppAccurate, "response body", $"{cl} bytes, as Content-Length declared", $"{_bodyBytes} bytes");
            }

            if (_startResponseCalls == 0)
            {
                Break(StartResponseMustBeCalled, "start_response", "called by the time the iterable is exhausted", "never called");
            }
        }
    }

    /// <summary>The iterator raised <paramref name="error"/>.</summary>
    public void IterationRaised(Exception error) => IterationRaised(Describe(error));

    /// <summary>The iterator raised (described as <c>TypeName: message</c>).</summary>
    public void IterationRaised(string error)
    {
        lock (_gate)
        {
            _iterating = false;
            _iterationRaised = true;
            _reraisePending = false;
            Next(EventKinds.IterRaise, error: error);
        }
    }

    /// <summary>The server called close() on the result.</summary>
    public void CloseCalled()
    {
        lock (_gate)
        {
            Next(EventKinds.Close);
            _closeCalls++;
            if (_closeCalls == 2)
            {
                Break(IterableCloseCalled, "result.close", "close() called exactly once", "a second close()");
            }

            _state = ExchangeState.Closed;
        }
    }

    private void CountBody(int length, int item)
    {
        if (length > 0 && _state == ExchangeState.HeadersSet)
        {
            _state = ExchangeState.HeadersSent;
        }

        if (length > 0 && (_status is >= 100 and < 200 or 204))
        {
            Break(HttpNoBody1xx204, BodySubject(item), $"no body on a {_status} response", $"{length} bytes");
        }
        else if (length > 0 && _status == 304)
        {
            Break(HttpNoBody304, BodySubject(item), "no body on a 304 response", $"{length} bytes");
        }

        _bodyBytes += length;
        if (_declaredContentLength is long cl && _bodyBytes > cl && !_contentLengthBroken)
        {
            _contentLengthBroken = true;
            Break(ContentLengthAppAccurate, BodySubject(item), $"at most {cl} bytes, as Content-Length declared", $"{_bodyBytes} bytes so far");
        }
    }

    private static string BodySubject(int item) => item < 0 ? "write(data)" : $"result item {item}";

    private static string[] AttributesOf(object? result) =>
        [.. ((ReadOnlySpan<string>)["close", "__iter__", "__len__"]).ToArray().Where(a => Py.HasAttr(result, a))];

    private void JudgeEnd()
    {
        if (_returned && _resultHasClose && _closeCalls == 0)
        {
            if (_iterationRaised)
            {
                Break(IterableCloseOnError, "result.close", "close() called also when iteration raised", "never called");
            }
            else
            {
                Break(IterableCloseCalled, "result.close", "close() called when the server is done with the result", "never called");
            }
        }

        if (_returned && !_appRaised && !_iterationRaised && !_exhausted && _startResponseCalls == 0)
        {
            Break(StartResponseMustBeCalled, "start_response", "called before the exchange ends", "never called");
        }
    }
}
