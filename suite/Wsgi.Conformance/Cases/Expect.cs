using Wsgi.Catalogue;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Running;
using Wsgi.Python;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Tracing;
using Trace = Wsgi.Validator.Tracing.Trace;

namespace Wsgi.Conformance.Cases;

/// <summary>The shared judging steps of cases. Each adds violations of named rules to the evidence;
/// none picks an outcome.</summary>
public static class Expect
{
    /// <summary>Judges <paramref name="trace"/> with the one judge and keeps the violations of <paramref name="rules"/>.
    /// No trace at all is a harness error, unless <paramref name="missingTraceBreaks"/> names the rule a missing trace proves broken.</summary>
    public static bool Trace(Evidence evidence, Trace? trace, IReadOnlyList<Rule> rules, Rule? missingTraceBreaks = null)
    {
        if (trace is null)
        {
            if (missingTraceBreaks is not null)
            {
                evidence.Add(new Violation(missingTraceBreaks, "probe trace", "the exchange to end (the trace is stored at close())", "no trace within the timeout", 0));
            }
            else
            {
                evidence.Error ??= "the probe returned no trace: " + string.Join("; ", evidence.Notes.DefaultIfEmpty(Describe(evidence.Exchanges.LastOrDefault())));
            }

            return false;
        }

        foreach (Violation v in TraceReplay.Judge(trace))
        {
            if (rules.Contains(v.Rule))
            {
                evidence.Add(v);
            }
        }

        return true;
    }

    /// <summary>Adds a violation of <paramref name="rule"/> unless <paramref name="ok"/>.</summary>
    public static void That(Evidence evidence, bool ok, Rule rule, string subject, string expected, string actual)
    {
        if (!ok)
        {
            evidence.Add(new Violation(rule, subject, expected, actual, 0));
        }
    }

    /// <summary>The environ the probe saw, or <c>null</c> (with a harness error) when there is none.</summary>
    public static PyDict? Environ(Evidence evidence, Trace? trace)
    {
        if (trace?.Environ is PyDict d)
        {
            return d;
        }

        evidence.Error ??= trace is null
            ? "the probe returned no trace: " + string.Join("; ", evidence.Notes.DefaultIfEmpty(Describe(evidence.Exchanges.LastOrDefault())))
            : "the probe's trace has no environ dict";
        return null;
    }

    /// <summary>Checks environ[<paramref name="key"/>] equals <paramref name="expected"/> (a str; <c>null</c> means absent).</summary>
    public static void EnvironEquals(Evidence evidence, Trace? trace, string key, string? expected, Rule rule)
    {
        if (Environ(evidence, trace) is not { } env)
        {
            return;
        }

        bool present = env.TryGetValue(key, out object? actual);
        bool ok = expected is null ? !present : present && actual is string s && s == expected;
        That(evidence, ok, rule, $"environ[{Py.StrRepr(key)}]", expected is null ? "absent" : Py.StrRepr(expected), present ? Py.Repr(actual) : "absent");
    }

    /// <summary>Whether a whole response came back; when not, records why as a harness error
    /// (or, when <paramref name="noAnswerBreaks"/> is given, as that rule's violation).</summary>
    public static bool Responded(Evidence evidence, RawExchange wire, Rule? noAnswerBreaks = null)
    {
        if (wire.Response is not null)
        {
            return true;
        }

        if (noAnswerBreaks is not null)
        {
            evidence.Add(new Violation(noAnswerBreaks, "response", "a complete response", Describe(wire), 0));
        }
        else
        {
            evidence.Error ??= $"no complete response: {Describe(wire)}";
        }

        return false;
    }

    /// <summary>One line saying how an exchange ended.</summary>
    public static string Describe(RawExchange? wire) => wire is null ? "no exchange" : wire.End switch
    {
        ConnectionEnd.Refused => wire.ParseError ?? "connection refused",
        _ when wire.ParseError is not null => $"invalid response ({wire.ParseError})",
        ConnectionEnd.Timeout => $"timed out after {wire.ReceivedBytes.Length} bytes",
        ConnectionEnd.Reset => $"connection reset after {wire.ReceivedBytes.Length} bytes",
        ConnectionEnd.Closed => $"connection closed after {wire.ReceivedBytes.Length} bytes",
        _ => $"{wire.Responses.Count} response(s)",
    };
}
