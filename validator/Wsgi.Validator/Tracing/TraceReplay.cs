using Wsgi.Python;
using Wsgi.Validator.Judging;

namespace Wsgi.Validator.Tracing;

/// <summary>Judges a recorded trace: feeds its events, in order, to the same <see cref="ExchangeJudge"/>
/// the live validator drives, so a trace from the Python probe or recorder gets the same verdicts.</summary>
public static class TraceReplay
{
    // Stand-ins for live objects a trace only names: the app and the write callable.
    private static readonly PyCallable Recorded = PyCallable.From("recorded", _ => null);

    /// <summary>Every violation in <paramref name="trace"/>, in the order they broke.</summary>
    public static IReadOnlyList<Violation> Judge(Trace trace)
    {
        var log = new ViolationLog(strict: false);
        Judge(trace, log);
        return log.Violations;
    }

    /// <summary>Replays <paramref name="trace"/> into a judge reporting to <paramref name="sink"/>.</summary>
    public static void Judge(Trace trace, IViolationSink sink)
    {
        var judge = new ExchangeJudge(sink);
        foreach (TraceEvent e in trace.Events)
        {
            Dispatch(judge, trace, e);
        }

        judge.End();
    }

    private static void Dispatch(ExchangeJudge judge, Trace trace, TraceEvent e)
    {
        ReadOnlySpan<object?> args = e.Args is object?[] a ? a : e.Args.ToArray();
        switch (e.Kind)
        {
            case EventKinds.Invoke:
                judge.Invoke(e.Args.Count > 0 && Py.IsInt(e.Args[0]) ? Convert.ToInt32(e.Args[0], System.Globalization.CultureInfo.InvariantCulture) : 2,
                    e.Kwargs is null ? null : [.. e.Kwargs.Keys], trace.Environ, e.Result is false ? null : Recorded);
                break;
            case EventKinds.StartResponse:
                judge.StartResponseCalled(args, e.Kwargs);
                if (e.Error is not null)
                {
                    judge.StartResponseRaised(e.Error);
                }
                else
                {
                    judge.StartResponseReturned(e.Result is "write" ? Recorded : e.Result);
                }

                break;
            case EventKinds.Write: judge.WriteCalled(args, e.Kwargs); break;
            case EventKinds.AppReturn:
                judge.AppReturned(e.Args.Count > 0 ? e.Args[0] : null, Py.IsInt(e.Result) ? Convert.ToInt32(e.Result, System.Globalization.CultureInfo.InvariantCulture) : null);
                break;
            case EventKinds.AppRaise: judge.AppRaised(e.Error ?? "Exception"); break;
            case EventKinds.Iter: judge.IterStarted(); break;
            case EventKinds.Next: judge.NextRequested(); break;
            case EventKinds.Item: judge.ItemYielded(e.Args.Count > 0 ? e.Args[0] : null); break;
            case EventKinds.IterEnd: judge.IterationEnded(); break;
            case EventKinds.IterRaise: judge.IterationRaised(e.Error ?? "Exception"); break;
            case EventKinds.Close: judge.CloseCalled(); break;
            case EventKinds.FileWrapper: judge.FileWrapperCalled(args, e.Kwargs); break;
            case EventKinds.End: judge.End(); break;
            case var k when k.StartsWith(EventKinds.InputPrefix, StringComparison.Ordinal):
                string method = k[EventKinds.InputPrefix.Length..];
                judge.InputCalled(method, args);
                if (e.Error is null && method is "read" or "readline" or "readlines" or "__next__")
                {
                    judge.InputReturned(method, args, e.Result);
                }

                break;
            case var k when k.StartsWith(EventKinds.ErrorsPrefix, StringComparison.Ordinal):
                judge.ErrorsCalled(k[EventKinds.ErrorsPrefix.Length..], args);
                break;
            default:
                throw new TraceFormatException($"unknown event kind {Py.StrRepr(e.Kind)}; this build knows trace format version {Trace.CurrentVersion}");
        }
    }
}
