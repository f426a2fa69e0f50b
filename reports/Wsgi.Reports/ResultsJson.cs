using System.Text.Json;
using Wsgi.Catalogue;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Running;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Tracing;

namespace Wsgi.Reports;

/// <summary>results.json (format version 1, schema in docs/results.schema.json): the run, and per case
/// its id, title, rules, level, outcome, message and evidence (violations, notes, exchanges with
/// byte timings, probe traces). Peer text is escaped and cut; the file is always valid JSON.</summary>
public static class ResultsJson
{
    /// <summary>The results format version.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes <paramref name="run"/> to <paramref name="stream"/>.</summary>
    public static void Write(RunResult run, Stream stream) => Write(run, null, stream);

    /// <summary>Writes <paramref name="run"/> to <paramref name="stream"/>, each case compared with <paramref name="baseline"/> when there is one.</summary>
    public static void Write(RunResult run, Baseline? baseline, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("results_version", FormatVersion);
        w.WriteString("tool", run.Tool);
        w.WriteString("version", run.Version);
        w.WriteString("target", S(run.Target, 1000));
        w.WriteString("target_description", run.TargetDescription is { } d ? S(d, 1000) : null);
        w.WriteString("started", run.Started);
        w.WriteNumber("duration_s", Math.Round(run.DurationS, 3));
        w.WriteNumber("seed", run.Seed);
        if (run.ProbeProtocolVersion is int probeVersion)
        {
            w.WriteNumber("probe_protocol_version", probeVersion);
        }
        else
        {
            w.WriteNull("probe_protocol_version");
        }

        w.WriteBoolean("complete", run.Complete);
        w.WriteStartObject("counts");
        foreach (Outcome o in Enum.GetValues<Outcome>())
        {
            w.WriteNumber(Name(o), run.Count(o));
        }

        w.WriteEndObject();
        if (baseline is not null)
        {
            var changes = run.Cases.Select(c => baseline.Compare(c.Case.Id, c.Outcome)).ToList();
            w.WriteStartObject("baseline");
            w.WriteString("source", S(baseline.Source));
            w.WriteNumber("regressions", changes.Count(c => c == BaselineChange.Regression));
            w.WriteNumber("fixes", changes.Count(c => c == BaselineChange.Fix));
            w.WriteNumber("changed", changes.Count(c => c == BaselineChange.Changed));
            w.WriteEndObject();
        }

        w.WriteStartArray("cases");
        foreach (CaseResult c in run.Cases)
        {
            WriteCase(w, c, baseline);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The outcome as results.json spells it.</summary>
    public static string Name(Outcome o) => o.ToString().ToLowerInvariant();

    /// <summary>The outcome spelled <paramref name="name"/> (as results.json spells it).</summary>
    public static bool TryParseOutcome(string name, out Outcome outcome)
    {
        foreach (Outcome o in Enum.GetValues<Outcome>())
        {
            if (Name(o) == name)
            {
                outcome = o;
                return true;
            }
        }

        outcome = default;
        return false;
    }

    /// <summary>The change as results.json spells it.</summary>
    public static string Name(BaselineChange change) => change.ToString().ToLowerInvariant();

    /// <summary>A level as the PEP spells it.</summary>
    public static string LevelName(Level level) => level switch
    {
        Level.Must => "MUST",
        Level.MustNot => "MUST NOT",
        Level.Should => "SHOULD",
        Level.ShouldNot => "SHOULD NOT",
        _ => "MAY",
    };

    private static void WriteCase(Utf8JsonWriter w, CaseResult c, Baseline? baseline)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Case.Id);
        w.WriteString("title", S(c.Case.Title));
        w.WriteString("section", $"{c.Case.Group.Number}. {c.Case.Group.Title}");
        w.WriteStartArray("rules");
        foreach (Rule r in c.Case.Rules)
        {
            w.WriteStringValue(r.Id);
        }

        w.WriteEndArray();
        w.WriteString("level", LevelName(c.Case.Level));
        w.WriteString("outcome", Name(c.Outcome));
        w.WriteString("message", S(c.Message));
        w.WriteNumber("duration_ms", Math.Round(c.DurationMs, 1));
        if (baseline is not null)
        {
            w.WriteStartObject("baseline");
            w.WriteString("expected", Name(baseline.ExpectedOf(c.Case.Id)));
            w.WriteString("change", Name(baseline.Compare(c.Case.Id, c.Outcome)));
            w.WriteEndObject();
        }

        w.WriteStartObject("evidence");
        w.WriteStartArray("violations");
        foreach (Violation v in c.Evidence.Violations)
        {
            w.WriteStartObject();
            w.WriteString("rule", v.RuleId);
            w.WriteString("level", LevelName(v.Level));
            w.WriteString("subject", S(v.Subject, 300));
            w.WriteString("expected", S(v.Expected, 500));
            w.WriteString("actual", S(v.Actual, 500));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("notes");
        foreach (string note in c.Evidence.Notes)
        {
            w.WriteStringValue(S(note, 500));
        }

        w.WriteEndArray();
        if (c.Evidence.Unsupported is { } unsupported)
        {
            w.WriteString("unsupported", S(unsupported, 500));
        }

        w.WriteStartArray("exchanges");
        foreach (RawExchange x in c.Evidence.Exchanges)
        {
            WriteExchange(w, x);
        }

        w.WriteEndArray();
        w.WriteStartArray("traces");
        foreach (Trace t in c.Evidence.Traces)
        {
            w.WriteRawValue(Cap(t, 64 * 1024));
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteExchange(Utf8JsonWriter w, RawExchange x)
    {
        w.WriteStartObject();
        w.WriteString("request", Text.Bytes(x.Request));
        w.WriteString("end", x.End.ToString().ToLowerInvariant());
        if (x.ParseError is { } error)
        {
            w.WriteString("parse_error", S(error, 500));
        }

        w.WriteStartArray("received");
        foreach (WireChunk chunk in x.Received.Take(200))
        {
            w.WriteStartObject();
            w.WriteNumber("at_ms", Math.Round(chunk.AtMs, 2));
            w.WriteNumber("bytes", chunk.Bytes.Length);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("response_bytes", Text.Bytes(x.ReceivedBytes));
        w.WriteStartArray("responses");
        foreach (HttpResponseMessageData r in x.Responses)
        {
            w.WriteStartObject();
            w.WriteString("status_line", S($"{r.Protocol} {r.StatusCode} {r.Reason}", 300));
            w.WriteNumber("status", r.StatusCode);
            w.WriteStartArray("headers");
            foreach (var (name, value) in r.Headers.Take(100))
            {
                w.WriteStartArray();
                w.WriteStringValue(S(name, 200));
                w.WriteStringValue(S(value, 1000));
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteString("framing", r.Framing.ToString().ToLowerInvariant());
            w.WriteNumber("body_length", r.Body.Length);
            w.WriteString("body", Text.Bytes(r.Body));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    // Peer text: cut, and lone surrogates replaced (Utf8JsonWriter refuses invalid UTF-16).
    private static string S(string s, int max = Text.MaxShown) => Text.ValidUtf16(Text.Cut(s, max));

    // A trace's JSON is valid JSON already; a huge one is replaced by a note rather than cut mid-token,
    // and one that cannot be written (a lone surrogate in a peer string) by a note saying why.
    private static string Cap(Trace trace, int max)
    {
        string json;
        try
        {
            json = TraceJson.Write(trace);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return JsonSerializer.Serialize(new { omitted = $"trace not serialisable: {e.GetType().Name}" });
        }

        return json.Length <= max ? json : JsonSerializer.Serialize(new { omitted = $"trace of {json.Length} characters" });
    }
}
