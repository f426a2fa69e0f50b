using Wsgi.Apps.Broken;
using Wsgi.Hosting;
using Wsgi.Python;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Middleware;
using Wsgi.Validator.Tracing;

namespace Wsgi.Validator.Tests;

/// <summary>The trace format keeps Python types apart, and a recorded trace, written and read back,
/// gets the same verdicts from <see cref="TraceReplay"/> as the live validator gave.</summary>
public sealed class TraceJsonTests
{
    [Fact]
    public void Python_types_survive_a_round_trip()
    {
        var environ = new PyDict
        {
            ["str"] = "caf\u00e9",
            ["bytes"] = new byte[] { 0, 0xff, (byte)'a' },
            ["int"] = 1L,
            ["bool"] = true,
            ["none"] = null,
            ["tuple"] = new PyTuple(1L, 0L),
            ["list"] = new PyList { "a", new byte[] { 1 } },
            ["float"] = 1.5,
        };
        var trace = new Trace { Environ = environ };
        trace.Events.Add(new TraceEvent(EventKinds.Item, [new byte[] { 1, 2 }]));

        Trace back = TraceJson.Read(TraceJson.Write(trace));

        var env = Assert.IsType<PyDict>(back.Environ);
        Assert.Equal(typeof(PyDict), env.GetType());
        Assert.Equal("caf\u00e9", env["str"]);
        Assert.Equal(new byte[] { 0, 0xff, (byte)'a' }, env["bytes"]);
        Assert.Equal(1L, env["int"]);
        Assert.Equal(true, env["bool"]);
        Assert.Null(env["none"]);
        var version = Assert.IsType<PyTuple>(env["tuple"]);
        Assert.Equal([1L, 0L], version.ToArray());
        Assert.IsType<PyList>(env["list"]);
        Assert.Equal(1.5, env["float"]);
        Assert.Equal(new byte[] { 1, 2 }, back.Events[0].Args[0]);
    }

    [Fact]
    public void A_dict_subclass_stays_a_subclass()
    {
        var trace = new Trace { Environ = new PyDictSubclass("OrderedDict") { ["REQUEST_METHOD"] = "GET" } };

        Trace back = TraceJson.Read(TraceJson.Write(trace));

        Assert.Equal("OrderedDict", Py.TypeName(back.Environ));
    }

    public static TheoryData<string> BrokenAppIds => [.. BrokenApps.ByRuleId.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(BrokenAppIds))]
    public void A_recorded_trace_replays_to_the_live_verdicts(string id)
    {
        BrokenApp broken = BrokenApps.ByRuleId[id];
        Trace? recorded = null;
        var validator = new ValidatorMiddleware(broken.Create(), new ValidatorOptions
        {
            Mode = ValidatorMode.Collect,
            RecordTraces = true,
            ExchangeEnded = judge => recorded = judge.Trace,
        });
        new InProcessGateway().Run(validator, broken.RequestOrDefault);

        Assert.NotNull(recorded);
        IReadOnlyList<Violation> replayed = TraceReplay.Judge(TraceJson.Read(TraceJson.Write(recorded)));

        Assert.Equal(validator.Log!.Violations.Select(v => v.RuleId), replayed.Select(v => v.RuleId));
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("[]", "a trace is a JSON object")]
    [InlineData("{}", "missing \"trace_version\"")]
    [InlineData("{\"trace_version\": 99}", "trace_version 99 is not supported")]
    public void A_bad_trace_file_says_what_is_wrong(string json, string message)
    {
        var e = Assert.Throws<TraceFormatException>(() => TraceJson.Read(json));
        Assert.Contains(message, e.Message);
    }
}
