using Wsgi.Catalogue;
using Wsgi.Python;
using Wsgi.Validator.Tracing;
using Trace = Wsgi.Validator.Tracing.Trace;

namespace Wsgi.Conformance.Properties;

/// <summary>Compares what the probe saw (the environ and the bytes of its wsgi.input read) with the oracle.</summary>
public static class OracleComparison
{
    /// <summary>Every difference between <paramref name="trace"/> and <paramref name="expected"/>.</summary>
    public static List<Mismatch> Compare(ExpectedEnviron expected, Trace trace)
    {
        var found = new List<Mismatch>();
        if (trace.Environ is not PyDict env)
        {
            return found;
        }

        foreach (ExpectedEntry entry in expected.Entries)
        {
            bool present = env.TryGetValue(entry.Key, out object? actual);
            bool ok = present ? actual is string s && entry.Accepted.Contains(s) : entry.Accepted.Contains(null);
            if (!ok)
            {
                found.Add(new Mismatch(entry.RuleFor(present ? actual : null), $"environ[{Py.StrRepr(entry.Key)}]", Render(entry.Accepted), present ? Py.Repr(actual) : "absent"));
            }
        }

        foreach (var (key, value) in env)
        {
            if (key is string k && k.StartsWith("HTTP_", StringComparison.Ordinal) && expected[k] is null)
            {
                Rule rule = expected.TrailerKeys.Contains(k) ? Rules.Http1ChunkedTrailerNotMerged : Rules.EnvironHttpCorrespondence;
                found.Add(new Mismatch(rule, $"environ[{Py.StrRepr(k)}]", "absent (no such field in the request)", Py.Repr(value)));
            }
        }

        if (expected.Input.Length > 0)
        {
            TraceEvent? read = trace.Events.FirstOrDefault(e => e.Kind == EventKinds.InputPrefix + "read");
            Rule rule = expected.Chunked ? Rules.InputChunkedDecoded : Rules.InputPythonSemantics;
            string subject = $"wsgi.input.read({expected.Input.Length})";
            if (read is null || read.Error is not null || read.Result is not byte[] got || !got.AsSpan().SequenceEqual(expected.Input))
            {
                found.Add(new Mismatch(rule, subject, Py.BytesRepr(expected.Input), read is null ? "no read recorded" : read.Error ?? Py.Repr(read.Result)));
            }
        }

        return found;
    }

    private static string Render(IReadOnlyList<string?> accepted) => string.Join(" or ", accepted.Select(a => a is null ? "absent" : Py.StrRepr(a)));
}
