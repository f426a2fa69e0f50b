using System.Globalization;
using System.Text;
using System.Text.Json;
using Wsgi.Python;
using Wsgi.Validator.Tracing;

namespace Wsgi.Apps.Probe;

/// <summary>The C# probe: the same protocol as <c>reference-apps/python/wsgi_probe.py</c> (docs/PROBE.md,
/// version 1). The <c>X-Probe</c> request header carries a scenario; the probe performs it, records every
/// call and what came back as a trace (<see cref="TraceJson"/> plus <c>at</c> and <c>meta</c>), and returns
/// the trace as the body or stores it under the scenario's id for an <c>X-Probe-Fetch: ID</c> request.
/// It acts and records; it never judges.</summary>
/// <param name="folder">Where traces are stored; default <c>$WSGI_PROBE_DIR</c>, else <c>wsgi-probe-traces</c>
/// in the system temporary folder (the Python probe's default too).</param>
public sealed class ProbeApp(string? folder = null) : WsgiApplication
{
    /// <summary>The probe protocol version, sent as <c>X-Probe-Version</c>.</summary>
    public const int Version = 1;

    private readonly ProbeStore _store = new(folder ?? DefaultFolder);

    /// <summary>The default trace folder.</summary>
    public static string DefaultFolder =>
        Environment.GetEnvironmentVariable("WSGI_PROBE_DIR") is { Length: > 0 } dir ? dir : Path.Combine(Path.GetTempPath(), "wsgi-probe-traces");

    /// <summary>The folder this probe stores traces in.</summary>
    public string Folder => _store.Folder;

    /// <inheritdoc/>
    public override string Name => "probe";

    /// <inheritdoc/>
    protected override object? Call(PyDict environ, PyCallable startResponse)
    {
        if (environ.Get("HTTP_X_PROBE_FETCH") is string fetch)
        {
            if (!ProbeScenarioReader.IdPattern().IsMatch(fetch))
            {
                return Answer(startResponse, "400 Bad Request", Error($"X-Probe-Fetch must match [A-Za-z0-9_-]{{1,64}}; got {Py.StrRepr(fetch)}"));
            }

            return _store.Load(fetch) is { } text
                ? Answer(startResponse, "200 OK", Encoding.UTF8.GetBytes(text))
                : Answer(startResponse, "404 Not Found", Error($"no trace stored under {Py.StrRepr(fetch)} (yet)"));
        }

        ProbeScenario scenario;
        try
        {
            scenario = environ.Get("HTTP_X_PROBE") is string header ? ProbeScenarioReader.FromHeader(header) : ProbeScenarioReader.Read(JsonDocument.Parse("{}").RootElement);
        }
        catch (ProbeScenarioException e)
        {
            return Answer(startResponse, "400 Bad Request", Error(e.Message));
        }

        return Run(new ProbeExchange(scenario, environ, _store), environ, startResponse);
    }

    /// <summary>The application call, in the order docs/PROBE.md gives.</summary>
    private static object? Run(ProbeExchange x, PyDict environ, PyCallable startResponse)
    {
        ProbeScenario s = x.Scenario;
        object? result;
        try
        {
            x.RunInput(environ.Get("wsgi.input"));
            x.RunErrors(environ.Get("wsgi.errors"));
            if (s.Raise == "before_start")
            {
                throw new PyRuntimeError("probe: raise before_start");
            }

            var steps = new ProbeSteps(x, startResponse);
            if (!s.StartInIter)
            {
                object? write = x.StartResponse(startResponse, s.Status, s.Headers);
                foreach (byte[] data in s.Write)
                {
                    x.Call(EventKinds.Write, [data], () => write is PyCallable w ? w.Call(data) : throw new PyTypeError($"'{Py.TypeName(write)}' object is not callable"));
                }
            }

            if (s.Raise == "after_start")
            {
                throw new PyRuntimeError("probe: raise after_start");
            }

            if (!s.StartInIter && s.StartAgain is { After: 0 })
            {
                steps.AgainDone = true;
                x.StartAgain(startResponse);
            }

            result = MakeResult(x, environ, steps);
        }
        catch (Exception e)
        {
            x.Record(EventKinds.AppRaise, [], error: ProbeExchange.Describe(e));
            x.Finish();
            throw;
        }

        int? len = result switch
        {
            IPyLen l => l.Len(),
            PyList list => list.Count,
            _ => null,
        };
        x.Record(EventKinds.AppReturn, [result], result: len);
        if (result is PyList)
        {
            x.Finish();
        }

        return result;
    }

    private static object? MakeResult(ProbeExchange x, PyDict environ, ProbeSteps steps)
    {
        ProbeScenario s = x.Scenario;
        if (s.FileWrapper is { } fw)
        {
            if (environ.Get("wsgi.file_wrapper") is not PyCallable wrapper)
            {
                // No wsgi.file_wrapper (it is optional): the same bytes through the probe's own result.
                byte[] content = fw.Content();
                s.Body = [.. content.Chunk(fw.BlockSize).Select(b => new ProbeStep(ProbeStepKind.Data, b))];
                return new ProbeResult(x, steps);
            }

            var file = new ProbeFile(x, fw.Content());
            return x.Call(EventKinds.FileWrapper, [file, (long)fw.BlockSize], () => wrapper.Call(file, fw.BlockSize), keepResult: false);
        }

        if (s.Result == "list")
        {
            var items = new PyList();
            while (steps.NextItem() is { } item)
            {
                items.Add(item);
            }

            return items;
        }

        return s.Result == "len" ? new ProbeLenResult(x, steps) : new ProbeResult(x, steps);
    }

    private static byte[] Error(string message)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("error", message);
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static PyList Answer(PyCallable startResponse, string status, byte[] body)
    {
        startResponse.Call(status, Headers(
            ("Content-Type", "application/json"),
            ("Content-Length", body.Length.ToString(CultureInfo.InvariantCulture)),
            ("X-Probe-Version", Version.ToString(CultureInfo.InvariantCulture))));
        return [body];
    }
}
