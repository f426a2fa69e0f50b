using System.Text;
using Wsgi.Catalogue;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Running;
using Wsgi.Python;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Tracing;

namespace Wsgi.Reports.Tests;

/// <summary>Run results built by hand whose every peer-controlled field (status, headers, body,
/// messages, violations, notes, traces) holds markup, CDATA ends, NUL and control characters, lone
/// surrogates, invalid UTF-8 and 1 MB values; every outcome and several sections are present.</summary>
internal static class HostileRun
{
    public const string Markup = "</failure><script>alert(1)</script>";

    public const string Controls = "\0\u0001\u0007\u001b[31m\u007f\u0085\u2028\ufffe\uffff\ud800";

    public const string Hostile = Markup + "]]>" + Controls + "<![CDATA[x]]><img src=x onerror=alert(2)>&amp;|`*[link](javascript:alert(3))\r\n| --- |";

    public static readonly byte[] InvalidUtf8 = [0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x00, 0x1b];

    public static readonly string Huge = new string('A', 1 << 20) + Hostile;

    public static readonly byte[] HugeBody = [.. Encoding.Latin1.GetBytes(Markup + "]]>"), .. InvalidUtf8, .. new byte[1 << 20]];

    /// <summary><paramref name="count"/> cases, outcomes in turn, rules spread over the catalogue.</summary>
    public static RunResult Build(int count = 18, DateTimeOffset? started = null)
    {
        var cases = new List<CaseResult>();
        Outcome[] outcomes = Enum.GetValues<Outcome>();
        for (int i = 0; i < count; i++)
        {
            Rule rule = Rules.All[i * 37 % Rules.All.Count];
            Rule other = Rules.All[(i * 37 + 11) % Rules.All.Count];
            var c = new Case($"{rule.Id}/hostile-{i}", "title " + Markup, [rule, other], (_, _) => Task.CompletedTask);
            cases.Add(new CaseResult(c, outcomes[i % outcomes.Length], i % 2 == 0 ? Hostile + Huge : Hostile, Evidence(rule, i), 10 + i));
        }

        return new RunResult
        {
            Version = "0.1.0" + Markup,
            Target = "http://127.0.0.1:1/" + Markup,
            TargetDescription = "Server: " + Hostile,
            Started = started ?? new DateTimeOffset(2026, 11, 25, 18, 0, 0, TimeSpan.Zero),
            DurationS = 1.5,
            Seed = 7,
            Complete = true,
            Cases = cases,
        };
    }

    /// <summary>A run of <paramref name="outcomes"/> by case id (for baselines and the matrix).</summary>
    public static RunResult Of(params (string Id, Outcome Outcome)[] outcomes) => new()
    {
        Version = "0.1.0",
        Target = "http://127.0.0.1:8000/",
        Started = DateTimeOffset.UnixEpoch,
        Complete = true,
        Cases = [.. outcomes.Select(o => new CaseResult(new Case(o.Id, "t", [Rules.All.First(r => r.Id == o.Id.Split('/')[0])], (_, _) => Task.CompletedTask),
            o.Outcome, o.Outcome == Outcome.Pass ? "" : "message " + Markup, new Evidence(), 1))],
    };

    private static Evidence Evidence(Rule rule, int i)
    {
        var e = new Evidence();
        e.Add(new Violation(rule, "wsgi.input " + Hostile, "must " + Markup, Huge, 0));
        e.Notes.Add(Hostile);
        if (i % 3 == 0)
        {
            e.Unsupported = Hostile;
        }

        byte[] head = [.. Encoding.Latin1.GetBytes("HTTP/1.1 200 " + Markup + "]]>\0\u0001\r\nX-Evil: " + Markup), .. InvalidUtf8, .. "\r\nContent-Length: 1048600\r\n\r\n"u8];
        var x = new RawExchange { Request = [.. Encoding.Latin1.GetBytes("GET /" + Markup + " HTTP/1.1\r\nHost: x\r\n\r\n"), .. InvalidUtf8], End = ConnectionEnd.Closed, ParseError = Hostile };
        x.Received.Add(new WireChunk(1.5, head));
        x.Received.Add(new WireChunk(2.5, HugeBody));
        x.Responses.Add(new HttpResponseMessageData
        {
            Protocol = "HTTP/1.1",
            StatusCode = 200,
            Reason = Hostile,
            Headers = [(Hostile, Huge), ("X-Evil", Markup)],
            Body = HugeBody,
            Framing = BodyFraming.ContentLength,
        });
        e.Exchanges.Add(x);
        var environ = new PyDict { ["HTTP_X_EVIL"] = Markup + "]]>\0\u0001", ["wsgi.input.bytes"] = InvalidUtf8, ["REQUEST_METHOD"] = "GET" };
        var trace = new Trace { Source = "probe", Environ = environ, Wire = x.ToWire() };
        trace.Events.Add(new TraceEvent("start_response", [Markup + "\0", new PyList([new PyTuple([Markup, "v\u0001"])])]));
        e.Traces.Add(trace);
        if (i % 4 == 1)
        {
            // A lone surrogate inside a trace string: the trace writer refuses it; the report must not.
            var broken = new Trace { Source = "probe", Environ = new PyDict { ["HTTP_X"] = "\ud800" + Markup } };
            e.Traces.Add(broken);
        }

        return e;
    }
}
