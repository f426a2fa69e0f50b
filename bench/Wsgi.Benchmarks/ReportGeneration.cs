using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Wsgi.Catalogue;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Running;
using Wsgi.Python;
using Wsgi.Reports;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Tracing;

namespace Wsgi.Benchmarks;

/// <summary>Report generation for 10,000 cases (the issue asks for under 2 s): every case with an
/// exchange as the suite records one (a 1.7 KB chunked response in two byte runs) and a probe trace
/// (26 environ keys, 5 events); a fifth of them fail with a violation, the rest pass or warn.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ReportGeneration
{
    private RunResult _run = null!;
    private Baseline _baseline = null!;

    [Params(10_000)]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rules = Rules.All.Where(r => r.IsObservable).ToList();
        var results = new List<CaseResult>(Cases);
        for (int i = 0; i < Cases; i++)
        {
            Rule rule = rules[i % rules.Count];
            var c = new Case($"{rule.Id}/v{i}", "what the case checks, in one line of about sixty characters", [rule], (_, _) => Task.CompletedTask);
            var e = new Evidence();
            Outcome outcome = (i % 5) switch { 0 => Outcome.Fail, 1 => Outcome.Warn, _ => Outcome.Pass };
            if (outcome != Outcome.Pass)
            {
                e.Add(new Violation(rule, "wsgi.input.readline", "must return at most 5 bytes", "b'hello world\\n' (12 bytes)", 3));
            }

            e.Exchanges.Add(Exchange(i));
            e.Traces.Add(Trace(i));
            results.Add(new CaseResult(c, outcome, outcome == Outcome.Pass ? "" : e.Violations[0].ToString(), e, 12.5));
        }

        _run = new RunResult { Version = "0.1.0", Target = "http://127.0.0.1:8000/", TargetDescription = "gunicorn/23.0.0", Started = DateTimeOffset.UnixEpoch, DurationS = 60, Complete = true, Cases = results };
        _baseline = Baseline.From(_run);
    }

    [Benchmark]
    public void Html() => HtmlReport.Write(_run, Stream.Null);

    [Benchmark]
    public void Json() => ResultsJson.Write(_run, Stream.Null);

    [Benchmark]
    public void Junit() => JunitXml.Write(_run, Stream.Null);

    [Benchmark]
    public void Markdown() => SummaryMarkdown.Write(_run, Stream.Null);

    /// <summary>What a run writes: the four reports, compared with a baseline.</summary>
    [Benchmark]
    public void AllFour()
    {
        foreach (Reporter r in Reporter.All)
        {
            r.Write(_run, _baseline, Stream.Null);
        }
    }

    private static RawExchange Exchange(int i)
    {
        byte[] body = Encoding.ASCII.GetBytes("{\"trace_version\":1,\"source\":\"probe\",\"environ\":{" + string.Concat(Enumerable.Range(0, 40).Select(k => $"\"KEY_{k}\":\"value {k}\",")) + "\"n\":" + i + "}}");
        byte[] head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nDate: Wed, 25 Nov 2026 18:01:43 GMT\r\nServer: gunicorn\r\nTransfer-Encoding: chunked\r\n\r\n{body.Length:x}\r\n");
        var x = new RawExchange { Request = Encoding.ASCII.GetBytes($"GET /probe/{i} HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nConnection: close\r\n\r\n"), End = ConnectionEnd.Closed };
        x.Received.Add(new WireChunk(0.8, head));
        x.Received.Add(new WireChunk(1.1, [.. body, .. "\r\n0\r\n\r\n"u8]));
        x.Responses.Add(new HttpResponseMessageData { Protocol = "HTTP/1.1", StatusCode = 200, Reason = "OK", Headers = [("Content-Type", "application/json"), ("Server", "gunicorn")], Body = body, Framing = BodyFraming.Chunked });
        return x;
    }

    private static Trace Trace(int i)
    {
        var environ = new PyDict();
        foreach (string k in (string[])["REQUEST_METHOD", "SCRIPT_NAME", "PATH_INFO", "QUERY_STRING", "CONTENT_TYPE", "CONTENT_LENGTH", "SERVER_NAME", "SERVER_PORT", "SERVER_PROTOCOL",
            "HTTP_HOST", "HTTP_CONNECTION", "HTTP_USER_AGENT", "HTTP_ACCEPT", "REMOTE_ADDR", "REMOTE_PORT", "SERVER_SOFTWARE", "GATEWAY_INTERFACE", "RAW_URI", "HTTP_X_PROBE"])
        {
            environ[k] = $"value of {k} {i}";
        }

        environ["wsgi.version"] = new PyTuple(1, 0);
        environ["wsgi.url_scheme"] = "http";
        environ["wsgi.multithread"] = true;
        environ["wsgi.multiprocess"] = false;
        environ["wsgi.run_once"] = false;
        environ["wsgi.input.read"] = "b''"u8.ToArray();
        environ["wsgi.errors"] = "<stderr>";
        var t = new Trace { Source = "probe", Environ = environ };
        t.Events.Add(new TraceEvent("start_response", ["200 OK", new PyList([new PyTuple("Content-Type", "text/plain")])]));
        t.Events.Add(new TraceEvent("item", ["hello"u8.ToArray()]));
        t.Events.Add(TraceEvent.Of("iter.end"));
        t.Events.Add(TraceEvent.Of("close"));
        t.Events.Add(new TraceEvent("input.read", [5], Result: "hello"u8.ToArray()));
        return t;
    }
}
