using Wsgi.Catalogue;
using Wsgi.Python;
using Wsgi.Validator.Tracing;
using static Wsgi.Catalogue.Rules;

namespace Wsgi.Validator.Judging;

// wsgi.input, wsgi.errors and wsgi.file_wrapper: the app's calls, then what the server returned.
public sealed partial class ExchangeJudge
{
    private static readonly Rule[] StreamRules =
    [
        InputAppArgCounts, InputAppReadSizeRequired, InputAppReadlineArgs, InputAppNoOtherAttrs, InputAppNoClose, InputAppNoOverread,
        InputReturnsBytes, InputReadAtMostSize, InputEofAtContentLength, InputReadExhaustedEmpty,
        ErrorsAppWriteStr, ErrorsAppNoOtherAttrs, ErrorsAppNoClose,
        FileWrapperAppFilelikeRead,
    ];

    private long _inputBytes;
    private bool _inputSawEof;

    /// <summary>The app called <c>wsgi.input.<paramref name="method"/></c> with <paramref name="args"/>:
    /// judges the call (app side). Returns whether the call may be forwarded in Python terms.</summary>
    public void InputCalled(string method, ReadOnlySpan<object?> args)
    {
        lock (_gate)
        {
            Next(EventKinds.InputPrefix + method, Copy(args));
            switch (method)
            {
                case "read" or "readline" or "readlines":
                    if (args.Length > 1)
                    {
                        Break(InputAppArgCounts, "wsgi.input." + method, "at most one argument", $"{args.Length} arguments");
                    }
                    else if (method == "read" && (args.Length == 0 || args[0] is null))
                    {
                        Break(InputAppReadSizeRequired, "wsgi.input." + method, "a size argument (read() without one is not portable)", "read()");
                    }
                    else if (method == "readline" && args.Length == 1)
                    {
                        Break(InputAppReadlineArgs, "wsgi.input." + method, "readline() without a size (not portable to WSGI 1.0 servers)", $"readline({Py.Repr(args[0])})");
                    }

                    // read(0) asks for nothing, so it cannot read past the end (werkzeug's LimitedStream calls it when exhausted).
                    bool asksForNothing = args.Length == 1 && Py.IsInt(args[0]) && Convert.ToInt64(args[0], System.Globalization.CultureInfo.InvariantCulture) == 0;
                    if (_environContentLength is long cl && _inputBytes >= cl && _inputSawEof == false && method != "readlines" && !asksForNothing)
                    {
                        Break(InputAppNoOverread, "wsgi.input." + method, $"no read past CONTENT_LENGTH ({cl} bytes, all read)",
                            $"{method}({string.Join(", ", args.ToArray().Select(Py.Repr))}) after {_inputBytes} bytes");
                        _inputSawEof = true;
                    }

                    break;
                case "__iter__" or "__next__":
                    break;
                case "close":
                    Break(InputAppNoClose, "wsgi.input." + method, "wsgi.input never closed by the application", "close()");
                    break;
                default:
                    Break(InputAppNoOtherAttrs, "wsgi.input." + method, "only read, readline, readlines and __iter__ used", $"attribute {Py.StrRepr(method)}");
                    break;
            }
        }
    }

    /// <summary>The server's <c>wsgi.input.<paramref name="method"/></c> returned <paramref name="result"/> (server side).</summary>
    public void InputReturned(string method, ReadOnlySpan<object?> args, object? result)
    {
        lock (_gate)
        {
            if (_trace is { Events.Count: > 0 } t)
            {
                t.Events[^1] = t.Events[^1] with { Result = result };
            }

            long size = args.Length == 1 && Py.IsInt(args[0]) ? Convert.ToInt64(args[0], System.Globalization.CultureInfo.InvariantCulture) : -1;
            switch (method)
            {
                case "read" or "readline" or "__next__":
                    if (result is not byte[] data)
                    {
                        Break(InputReturnsBytes, ReturnedSubject(method, args), "bytes", $"{Py.TypeName(result)} {Py.Repr(result)}");
                        return;
                    }

                    if (size >= 0 && data.Length > size)
                    {
                        Break(method == "read" ? InputReadAtMostSize : InputReadlineSize, ReturnedSubject(method, args), $"at most {size} bytes", $"{Py.BytesRepr(data)} ({data.Length} bytes)");
                    }

                    CountInput(method, args, data.Length, size);
                    break;
                case "readlines":
                    if (result is not PyList lines || lines.Any(l => l is not byte[]))
                    {
                        Break(InputReturnsBytes, ReturnedSubject(method, args), "a list of bytes lines", $"{Py.TypeName(result)} {Py.Repr(result)}");
                        return;
                    }

                    CountInput(method, args, lines.Sum(l => ((byte[])l!).Length), -1);
                    break;
            }
        }
    }

    /// <summary>The server's <c>wsgi.input</c> method raised <paramref name="error"/> for the app's last call.</summary>
    public void InputRaised(Exception error)
    {
        lock (_gate)
        {
            if (_trace is { Events.Count: > 0 } t)
            {
                t.Events[^1] = t.Events[^1] with { Error = Describe(error) };
            }
        }
    }

    private void CountInput(string method, ReadOnlySpan<object?> args, int length, long size)
    {
        if (length > 0 && _inputSawEof && _inputBytesAtEof >= 0)
        {
            Break(InputReadExhaustedEmpty, ReturnedSubject(method, args), "b'' again once the input returned b''", $"{length} more bytes");
            _inputBytesAtEof = -1;
        }

        if (length == 0 && size != 0)
        {
            _inputSawEof = true;
            _inputBytesAtEof = _inputBytes;
        }

        _inputBytes += length;
        if (_environContentLength is long cl && _inputBytes > cl && !_inputOverrunReported)
        {
            _inputOverrunReported = true;
            Break(InputEofAtContentLength, ReturnedSubject(method, args), $"end of input after CONTENT_LENGTH ({cl}) bytes", $"{_inputBytes} bytes read");
        }
    }

    private static string ReturnedSubject(string method, ReadOnlySpan<object?> args) =>
        $"wsgi.input.{method}({(args.Length == 1 ? Py.Repr(args[0]) : "")})";

    private long _inputBytesAtEof;
    private bool _inputOverrunReported;

    /// <summary>The app called <c>wsgi.errors.<paramref name="method"/></c> with <paramref name="args"/>.</summary>
    public void ErrorsCalled(string method, ReadOnlySpan<object?> args)
    {
        lock (_gate)
        {
            Next(EventKinds.ErrorsPrefix + method, Copy(args));
            switch (method)
            {
                case "write":
                    if (args.Length != 1 || args[0] is not string)
                    {
                        Break(ErrorsAppWriteStr, "wsgi.errors." + method, "one str argument", args.Length == 1 ? $"{Py.TypeName(args[0])} {Py.Repr(args[0])}" : $"{args.Length} arguments");
                    }

                    break;
                case "writelines":
                    if (args.Length != 1 || args[0] is string || args[0] is not System.Collections.IEnumerable seq || seq.Cast<object?>().Any(x => x is not string))
                    {
                        Break(ErrorsAppWriteStr, "wsgi.errors." + method, "one iterable of str", args.Length == 1 ? $"{Py.TypeName(args[0])} {Py.Repr(args[0])}" : $"{args.Length} arguments");
                    }

                    break;
                case "flush":
                    break;
                case "close":
                    Break(ErrorsAppNoClose, "wsgi.errors." + method, "wsgi.errors never closed by the application", "close()");
                    break;
                default:
                    Break(ErrorsAppNoOtherAttrs, "wsgi.errors." + method, "only write, writelines and flush used", $"attribute {Py.StrRepr(method)}");
                    break;
            }
        }
    }

    /// <summary>The app called <c>wsgi.file_wrapper</c>.</summary>
    public void FileWrapperCalled(ReadOnlySpan<object?> args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        lock (_gate)
        {
            Next(EventKinds.FileWrapper, Copy(args), kwargs);
            object? filelike = args.Length > 0 ? args[0] : kwargs?.GetValueOrDefault("filelike");
            if (!Py.HasAttr(filelike, "read"))
            {
                Break(FileWrapperAppFilelikeRead, "wsgi.file_wrapper(filelike)", "a file-like object with a read() method", $"{Py.TypeName(filelike)} {Py.Repr(filelike)}");
            }
        }
    }
}
