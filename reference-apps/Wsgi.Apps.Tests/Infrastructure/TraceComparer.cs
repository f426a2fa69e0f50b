using System.Globalization;
using Wsgi.Python;
using Wsgi.Validator.Tracing;

namespace Wsgi.Apps.Tests.Infrastructure;

/// <summary>Whether two probe traces of the same scenario agree: the same event kinds in the same
/// order, the same arguments and results for the calls the probe makes and the items it yields, the
/// same errors. Objects compare by tag only (their type names differ between servers), and so does
/// the exc_info triple (a traceback object in Python, a stack trace string in C#).</summary>
internal static class TraceComparer
{
    /// <summary>The environ keys PEP 3333 requires ("environ Variables"); QUERY_STRING, CONTENT_TYPE and CONTENT_LENGTH may be absent.</summary>
    public static readonly string[] RequiredEnvironKeys =
    [
        "REQUEST_METHOD", "SCRIPT_NAME", "PATH_INFO", "SERVER_NAME", "SERVER_PORT", "SERVER_PROTOCOL",
        "wsgi.version", "wsgi.url_scheme", "wsgi.input", "wsgi.errors", "wsgi.multithread", "wsgi.multiprocess", "wsgi.run_once",
    ];

    /// <summary>Every difference, one line each; empty when the traces agree.</summary>
    public static List<string> Differences(Trace a, Trace b)
    {
        var diffs = new List<string>();
        string kindsA = string.Join(" ", a.Events.Select(e => e.Kind));
        string kindsB = string.Join(" ", b.Events.Select(e => e.Kind));
        if (kindsA != kindsB)
        {
            diffs.Add($"event kinds differ:\n  {kindsA}\n  {kindsB}");
            return diffs;
        }

        for (int i = 0; i < a.Events.Count; i++)
        {
            TraceEvent x = a.Events[i], y = b.Events[i];
            if (Compared(x.Kind))
            {
                Same(diffs, i, x.Kind, "args", Args(x), Args(y));
                Same(diffs, i, x.Kind, "result", Render(x.Result), Render(y.Result));
            }

            Same(diffs, i, x.Kind, "error", ErrorOf(x), ErrorOf(y));
        }

        return diffs;
    }

    /// <summary>The required environ keys missing from <paramref name="trace"/>.</summary>
    public static IEnumerable<string> MissingEnvironKeys(Trace trace) =>
        trace.Environ is PyDict env ? RequiredEnvironKeys.Where(k => !env.ContainsKey(k)) : ["(the environ is not a dict)"];

    private static bool Compared(string kind) =>
        kind.StartsWith(EventKinds.InputPrefix, StringComparison.Ordinal) || kind.StartsWith(EventKinds.ErrorsPrefix, StringComparison.Ordinal) ||
        kind is EventKinds.Invoke or EventKinds.StartResponse or EventKinds.Write or EventKinds.Item or EventKinds.AppReturn or EventKinds.FileWrapper;

    // The probe's own errors (RuntimeError from a raise step, StopIteration) compare in full; a server's by type name.
    private static string ErrorOf(TraceEvent e) => e.Error is null ? "none"
        : e.Kind is EventKinds.IterRaise or EventKinds.AppRaise || e.Error == "StopIteration" ? e.Error : e.Error.Split(':')[0];

    private static string Args(TraceEvent e) => e switch
    {
        { Kind: EventKinds.StartResponse, Args.Count: 3 } => $"[{Render(e.Args[0])}, {Render(e.Args[1])}, exc_info({(e.Args[2] is PyTuple t ? t.Count : -1)})]",
        // In trace mode the item is the trace itself, whose environ and meta differ by design.
        { Kind: EventKinds.Item, Args: [byte[] b] } when b.AsSpan().StartsWith("{\"trace_version\""u8) => "[<trace>]",
        _ => "[" + string.Join(", ", e.Args.Select(Render)) + "]",
    };

    private static void Same(List<string> diffs, int index, string kind, string what, string x, string y)
    {
        if (x != y)
        {
            diffs.Add($"event {index} ({kind}) {what}: {x} vs {y}");
        }
    }

    private static string Render(object? value) => value switch
    {
        null => "None",
        PyOpaque => "<object>",
        PyTuple t => "(" + string.Join(", ", t.Select(Render)) + ")",
        PyList l => "[" + string.Join(", ", l.Select(Render)) + "]",
        PyDict d => "{" + string.Join(", ", d.Select(kv => Render(kv.Key) + ": " + Render(kv.Value))) + "}",
        double f => "float " + f.ToString(CultureInfo.InvariantCulture),
        _ => Py.Repr(value),
    };
}
