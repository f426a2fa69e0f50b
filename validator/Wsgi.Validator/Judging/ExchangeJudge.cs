using Wsgi.Catalogue;
using Wsgi.Python;
using Wsgi.Validator.Tracing;
using static Wsgi.Catalogue.Rules;

namespace Wsgi.Validator.Judging;

/// <summary>The one rule engine. It follows one exchange event by event, in protocol call order,
/// and reports every broken rule to its sink at the moment it breaks. The live validator calls it
/// from its wrappers; <see cref="TraceReplay"/> feeds it a recorded trace. Either way the same
/// code decides. Every method is safe to call from any thread (calls are serialised).</summary>
public sealed partial class ExchangeJudge
{
    private readonly IViolationSink _sink;
    private readonly Trace? _trace;
    private readonly Lock _gate = new();
    private int _eventIndex = -1;
    private ExchangeState _state = ExchangeState.NotStarted;
    private bool _ended;
    private int _violationsSeen;

    /// <summary>A judge reporting to <paramref name="sink"/>; when <paramref name="trace"/> is given,
    /// every event is also appended to it.</summary>
    public ExchangeJudge(IViolationSink sink, Trace? trace = null)
    {
        _sink = sink;
        _trace = trace;
    }

    /// <summary>The trace being recorded, if any.</summary>
    public Trace? Trace => _trace;

    /// <summary>Where the exchange is in its lifecycle.</summary>
    public ExchangeState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>Every rule id this judge checks (the validator's coverage).</summary>
    public static IEnumerable<string> CheckedRuleIds =>
        EnvironRules.Concat(StartResponseRules).Concat(BodyRules).Concat(StreamRules).Select(r => r.Id);

    /// <summary>Server rules the judge checks only as the server's reaction to an app's mistake (accepting
    /// a malformed header, a hop-by-hop header, a second start_response without exc_info, readline(size)),
    /// so they never break alone: each with the app rules that can provoke it. They are outside
    /// <see cref="CheckedRuleIds"/>, whose every rule a test breaks in isolation.</summary>
    public static IReadOnlyDictionary<string, string[]> ReactionRuleIds { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [StartResponseCheckAtCall.Id] =
        [
            StartResponseStatusType.Id, StartResponseStatusFormat.Id, StartResponseStatusCodeRange.Id, StartResponseStatusNoCtl.Id,
            StartResponseStatusLatin1.Id, StartResponseHeadersTypeList.Id, StartResponseHeadersTuplePairs.Id, StartResponseHeadersStrTypes.Id,
            StartResponseHeadersNameToken.Id, StartResponseHeadersValueNoCtl.Id, StartResponseHeadersLatin1.Id,
        ],
        [StartResponseHopByHopFatal.Id] = [StartResponseHeadersNoHopByHop.Id, TransferEncodingAppForbidden.Id],
        [StartResponseRepeatWithoutExcInfo.Id] = [StartResponseAppOnceWithoutExcInfo.Id],
        [InputReadlineSize.Id] = [InputAppReadlineArgs.Id],
    };

    /// <summary>The server finished with the exchange: judges what can only be judged at the end
    /// (close() called, start_response called at all). Idempotent.</summary>
    public void End()
    {
        lock (_gate)
        {
            if (_ended)
            {
                return;
            }

            _ended = true;
            Next(EventKinds.End);
            JudgeEnd();
        }
    }

    private void Next(string kind, IReadOnlyList<object?>? args = null, IReadOnlyDictionary<string, object?>? kwargs = null, object? result = null, string? error = null)
    {
        _eventIndex++;
        _trace?.Events.Add(new TraceEvent(kind, args ?? [], kwargs, result, error));
    }

    private void Break(Rule rule, string subject, string expected, string actual)
    {
        _violationsSeen++;
        _sink.Report(new Violation(rule, subject, expected, actual, Math.Max(_eventIndex, 0)));
    }

    private static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message}";

    // Arguments are copied only when a trace is being recorded: the live, strict path allocates nothing here.
    private IReadOnlyList<object?>? Copy(ReadOnlySpan<object?> args) => _trace is null ? null : args.ToArray();
}
