using System.Collections;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Wsgi.Python;
using Wsgi.Validator.Tracing;
using Trace = Wsgi.Validator.Tracing.Trace;

namespace Wsgi.Apps.Probe;

/// <summary>The probe's side of one request: performs the scenario's calls and records each, with
/// what came back, as trace events (docs/PROBE.md); stores the trace when the exchange ends.</summary>
internal sealed class ProbeExchange
{
    private readonly List<TraceEvent> _events = [];
    private readonly List<double> _at = [];
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly PyDict _environ;
    private readonly ProbeStore _store;
    private bool _finished;

    /// <summary>Starts recording: the environ as received, and the <c>invoke</c> event.</summary>
    public ProbeExchange(ProbeScenario scenario, PyDict environ, ProbeStore store)
    {
        Scenario = scenario;
        _environ = new PyDict(environ);
        _store = store;
        Record(EventKinds.Invoke, [2]);
    }

    /// <summary>The scenario being performed.</summary>
    public ProbeScenario Scenario { get; }

    /// <summary>Appends an event; returns its index, for the result or error that comes later.</summary>
    public int Record(string kind, object?[] args, object? result = null, string? error = null)
    {
        lock (_gate)
        {
            _events.Add(new TraceEvent(kind, args, null, result, error));
            _at.Add(Math.Round(_clock.Elapsed.TotalSeconds, 6));
            return _events.Count - 1;
        }
    }

    /// <summary>Sets what the call recorded at <paramref name="index"/> returned or raised.</summary>
    public void Complete(int index, object? result = null, string? error = null)
    {
        lock (_gate)
        {
            _events[index] = _events[index] with { Result = result, Error = error };
        }
    }

    /// <summary>The trace as it stands, as JSON text (TraceJson plus <c>at</c> and <c>meta</c>).</summary>
    public string TraceText()
    {
        var trace = new Trace { Source = "probe", Environ = _environ };
        double[] at;
        lock (_gate)
        {
            trace.Events.AddRange(_events);
            at = [.. _at];
        }

        JsonNode node = JsonNode.Parse(TraceJson.Write(trace))!;
        JsonArray events = node["events"]!.AsArray();
        for (int i = 0; i < events.Count; i++)
        {
            events[i]!["at"] = at[i];
        }

        node["meta"] = new JsonObject
        {
            ["probe_version"] = ProbeApp.Version,
            ["implementation"] = "csharp",
            ["dotnet"] = Environment.Version.ToString(),
            ["pid"] = Environment.ProcessId,
            ["thread"] = Environment.CurrentManagedThreadId,
        };
        return node.ToJsonString();
    }

    /// <summary>The exchange is over: records <c>end</c> and stores the trace under the id, once.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_finished)
            {
                return;
            }

            _finished = true;
        }

        Record(EventKinds.End, []);
        if (Scenario.Id is { } id)
        {
            _store.Save(id, TraceText());
        }
    }

    /// <summary><c>TypeName: message</c>, Python's names for the project's <c>Py*</c> exceptions.</summary>
    public static string Describe(Exception e)
    {
        string name = e.GetType().Name;
        if (name.Length > 2 && name.StartsWith("Py", StringComparison.Ordinal) && char.IsUpper(name[2]))
        {
            name = name[2..];
        }

        return e.Message.Length == 0 ? name : $"{name}: {e.Message}";
    }

    /// <summary>Calls <paramref name="call"/>, recorded as <paramref name="kind"/> with its result (when wanted and not None) or error.</summary>
    public object? Call(string kind, object?[] args, Func<object?> call, bool keepResult = true)
    {
        int index = Record(kind, args);
        object? value;
        try
        {
            value = call();
        }
        catch (Exception e)
        {
            Complete(index, error: Describe(e));
            throw;
        }

        if (keepResult && value is not null)
        {
            Complete(index, result: value);
        }

        return value;
    }

    /// <summary>start_response, recorded; the result is <c>"write"</c> when a callable came back.</summary>
    public object? StartResponse(PyCallable startResponse, string status, IEnumerable<(string Name, string Value)> headers, PyTuple? excInfo = null)
    {
        PyList list = WsgiApplication.Headers([.. WithVersion(headers)]);
        object?[] args = excInfo is null ? [status, list] : [status, list, excInfo];
        int index = Record(EventKinds.StartResponse, args);
        object? value;
        try
        {
            value = startResponse.Call(args);
        }
        catch (Exception e)
        {
            Complete(index, error: Describe(e));
            throw;
        }

        Complete(index, result: Py.IsCallable(value) ? "write" : value);
        return value;
    }

    /// <summary>The scenario's second start_response; with exc_info, from inside the handler of a caught <c>RuntimeError</c>.</summary>
    public object? StartAgain(PyCallable startResponse)
    {
        ProbeStartAgain again = Scenario.StartAgain!;
        if (!again.ExcInfo)
        {
            return StartResponse(startResponse, again.Status, again.Headers);
        }

        try
        {
            throw new PyRuntimeError("probe: start_again with exc_info");
        }
        catch (PyRuntimeError e)
        {
            return StartResponse(startResponse, again.Status, again.Headers, ExcInfo.From(e));
        }
    }

    /// <summary>The scenario's wsgi.input operations.</summary>
    public void RunInput(object? stream)
    {
        var input = stream as WsgiInput ?? throw new PyAttributeError(Py.TypeName(stream), "read");
        foreach (ProbeOperation op in Scenario.Input)
        {
            switch (op.Method)
            {
                case "read": Call("input.read", op.Args, () => input.Read(op.Args)); break;
                case "readline": Call("input.readline", op.Args, () => input.ReadLine(op.Args)); break;
                case "readlines": Call("input.readlines", op.Args, () => input.ReadLines(op.Args)); break;
                default: Iterate(input, op.Args.Length == 1 ? Convert.ToInt32(op.Args[0], System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue); break;
            }
        }
    }

    /// <summary>The scenario's wsgi.errors operations (their return values are not recorded).</summary>
    public void RunErrors(object? stream)
    {
        var errors = stream as WsgiErrors ?? throw new PyAttributeError(Py.TypeName(stream), "write");
        foreach (ProbeOperation op in Scenario.Errors)
        {
            switch (op.Method)
            {
                case "write": Call("errors.write", op.Args, () => errors.Write(op.Args), keepResult: false); break;
                case "writelines": Call("errors.writelines", op.Args, () => errors.WriteLines(op.Args), keepResult: false); break;
                default: Call("errors.flush", op.Args, () => errors.Flush(op.Args), keepResult: false); break;
            }
        }
    }

    private void Iterate(WsgiInput input, int limit)
    {
        Record("input.__iter__", []);
        IEnumerator lines = input.GetEnumerator();
        for (int count = 0; count < limit; count++)
        {
            int index = Record("input.__next__", []);
            bool more;
            try
            {
                more = lines.MoveNext();
            }
            catch (Exception e)
            {
                Complete(index, error: Describe(e));
                throw;
            }

            if (!more)
            {
                Complete(index, error: "StopIteration");
                return;
            }

            Complete(index, result: lines.Current);
        }
    }

    private static IEnumerable<(string Name, string Value)> WithVersion(IEnumerable<(string Name, string Value)> headers)
    {
        bool has = false;
        foreach (var h in headers)
        {
            has |= h.Name.Equals("X-Probe-Version", StringComparison.OrdinalIgnoreCase);
            yield return h;
        }

        if (!has)
        {
            yield return ("X-Probe-Version", ProbeApp.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
