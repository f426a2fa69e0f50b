using System.Text;
using System.Text.Json;
using Wsgi.Python;

namespace Wsgi.Validator.Tracing;

/// <summary>The trace file format (JSON, versioned). Python values carry type tags so that a str
/// and a bytes, a tuple and a list, a dict and a dict subclass stay distinct:
/// JSON null/true/false/numbers/strings are None/bool/int/str;
/// <c>{"t":"bytes","v":"..."}</c> holds bytes decoded as latin-1;
/// <c>{"t":"tuple"|"list","v":[...]}</c>; <c>{"t":"dict","type":"dict","v":[[k,v],...]}</c>;
/// <c>{"t":"float","v":1.5}</c>; <c>{"t":"object","type":"...","repr":"...","attrs":[...]}</c> for anything else.</summary>
public static class TraceJson
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>Serialises <paramref name="trace"/> (indented when asked).</summary>
    public static string Write(Trace trace, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            Write(w, trace);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes <paramref name="trace"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter w, Trace trace)
    {
        w.WriteStartObject();
        w.WriteNumber("trace_version", trace.Version);
        w.WriteString("source", trace.Source);
        w.WritePropertyName("environ");
        WriteValue(w, trace.Environ, 0);
        w.WriteStartArray("events");
        foreach (TraceEvent e in trace.Events)
        {
            w.WriteStartObject();
            w.WriteString("kind", e.Kind);
            w.WriteStartArray("args");
            foreach (object? a in e.Args)
            {
                WriteValue(w, a, 0);
            }

            w.WriteEndArray();
            if (e.Kwargs is { Count: > 0 })
            {
                w.WriteStartObject("kwargs");
                foreach (var (k, v) in e.Kwargs)
                {
                    w.WritePropertyName(k);
                    WriteValue(w, v, 0);
                }

                w.WriteEndObject();
            }

            if (e.Result is not null)
            {
                w.WritePropertyName("result");
                WriteValue(w, e.Result, 0);
            }

            if (e.Error is not null)
            {
                w.WriteString("error", e.Error);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (trace.Meta.Count > 0)
        {
            w.WriteStartObject("meta");
            foreach (var (k, v) in trace.Meta)
            {
                w.WritePropertyName(k);
                WriteValue(w, v, 0);
            }

            w.WriteEndObject();
        }

        if (trace.Wire is { } wire)
        {
            w.WriteStartObject("wire");
            w.WriteString("request", Latin1.GetString(wire.Request));
            w.WriteStartArray("response");
            foreach (WireChunk c in wire.Response)
            {
                w.WriteStartObject();
                w.WriteNumber("at_ms", c.AtMs);
                w.WriteString("bytes", Latin1.GetString(c.Bytes));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>Reads one trace; throws <see cref="TraceFormatException"/> saying what is wrong.</summary>
    public static Trace Read(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new TraceFormatException($"not JSON: {e.Message}");
        }

        using (doc)
        {
            return Read(doc.RootElement);
        }
    }

    /// <summary>Reads one trace from a parsed JSON object.</summary>
    public static Trace Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new TraceFormatException($"a trace is a JSON object; got {root.ValueKind}");
        }

        if (!root.TryGetProperty("trace_version", out JsonElement v) || !v.TryGetInt32(out int version))
        {
            throw new TraceFormatException("missing \"trace_version\"");
        }

        if (version != Trace.CurrentVersion)
        {
            throw new TraceFormatException($"trace_version {version} is not supported; this build reads version {Trace.CurrentVersion}");
        }

        var trace = new Trace
        {
            Version = version,
            Source = root.TryGetProperty("source", out JsonElement s) ? s.GetString() ?? "unknown" : "unknown",
            Environ = root.TryGetProperty("environ", out JsonElement env) ? ReadValue(env) : null,
        };
        if (root.TryGetProperty("events", out JsonElement events))
        {
            int i = 0;
            foreach (JsonElement e in events.EnumerateArray())
            {
                trace.Events.Add(ReadEvent(e, i++));
            }
        }

        if (root.TryGetProperty("meta", out JsonElement meta) && meta.ValueKind == JsonValueKind.Object)
        {
            trace.Meta = meta.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Object && !p.Value.TryGetProperty("t", out _) ? p.Value.GetRawText() : ReadValue(p.Value));
        }

        if (root.TryGetProperty("wire", out JsonElement wire) && wire.ValueKind == JsonValueKind.Object)
        {
            var chunks = new List<WireChunk>();
            if (wire.TryGetProperty("response", out JsonElement resp))
            {
                foreach (JsonElement c in resp.EnumerateArray())
                {
                    chunks.Add(new WireChunk(c.GetProperty("at_ms").GetDouble(), Latin1.GetBytes(c.GetProperty("bytes").GetString() ?? "")));
                }
            }

            trace.Wire = new WireRecord(Latin1.GetBytes(wire.TryGetProperty("request", out JsonElement r) ? r.GetString() ?? "" : ""), chunks);
        }

        return trace;
    }

    private static TraceEvent ReadEvent(JsonElement e, int index)
    {
        if (!e.TryGetProperty("kind", out JsonElement kind) || kind.ValueKind != JsonValueKind.String)
        {
            throw new TraceFormatException($"event {index} has no \"kind\"");
        }

        var args = e.TryGetProperty("args", out JsonElement a) ? a.EnumerateArray().Select(ReadValue).ToArray() : [];
        Dictionary<string, object?>? kwargs = null;
        if (e.TryGetProperty("kwargs", out JsonElement kw) && kw.ValueKind == JsonValueKind.Object)
        {
            kwargs = kw.EnumerateObject().ToDictionary(p => p.Name, p => ReadValue(p.Value));
        }

        return new TraceEvent(
            kind.GetString()!,
            args,
            kwargs,
            e.TryGetProperty("result", out JsonElement r) ? ReadValue(r) : null,
            e.TryGetProperty("error", out JsonElement err) ? err.GetString() : null);
    }

    private static void WriteValue(Utf8JsonWriter w, object? value, int depth)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); return;
            case bool b: w.WriteBooleanValue(b); return;
            case string s: w.WriteStringValue(s); return;
            case byte[] bytes: Tagged(w, "bytes", () => w.WriteString("v", Latin1.GetString(bytes))); return;
            case double or float: Tagged(w, "float", () => w.WriteNumber("v", Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture))); return;
        }

        if (Py.IsInt(value))
        {
            w.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (depth > 16)
        {
            Opaque(w, value);
            return;
        }

        switch (value)
        {
            case PyTuple t: Sequence(w, "tuple", t, depth); break;
            case PyList l: Sequence(w, "list", l, depth); break;
            case PyDict d:
                Tagged(w, "dict", () =>
                {
                    w.WriteString("type", Py.TypeName(d));
                    w.WriteStartArray("v");
                    foreach (var (k, v) in d)
                    {
                        w.WriteStartArray();
                        WriteValue(w, k, depth + 1);
                        WriteValue(w, v, depth + 1);
                        w.WriteEndArray();
                    }

                    w.WriteEndArray();
                });
                break;
            default: Opaque(w, value); break;
        }
    }

    private static void Sequence(Utf8JsonWriter w, string tag, IEnumerable<object?> items, int depth) => Tagged(w, tag, () =>
    {
        w.WriteStartArray("v");
        foreach (object? x in items)
        {
            WriteValue(w, x, depth + 1);
        }

        w.WriteEndArray();
    });

    private static void Opaque(Utf8JsonWriter w, object value) => Tagged(w, "object", () =>
    {
        w.WriteString("type", value is PyOpaque o ? o.TypeName : value is Exception ? value.GetType().Name : Py.TypeName(value));
        w.WriteString("repr", Py.Repr(value));
        w.WriteStartArray("attrs");
        foreach (string attr in (ReadOnlySpan<string>)["read", "readline", "readlines", "__iter__", "write", "writelines", "flush", "close", "__len__", "__call__"])
        {
            if (Py.HasAttr(value, attr))
            {
                w.WriteStringValue(attr);
            }
        }

        w.WriteEndArray();
    });

    private static void Tagged(Utf8JsonWriter w, string tag, Action body)
    {
        w.WriteStartObject();
        w.WriteString("t", tag);
        body();
        w.WriteEndObject();
    }

    private static object? ReadValue(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out long n) ? (object)n : e.GetDouble(),
        JsonValueKind.Array => new PyList(e.EnumerateArray().Select(ReadValue)),
        JsonValueKind.Object => ReadTagged(e),
        _ => throw new TraceFormatException($"unexpected JSON {e.ValueKind}"),
    };

    private static object? ReadTagged(JsonElement e)
    {
        string tag = e.TryGetProperty("t", out JsonElement t) ? t.GetString() ?? "" : "";
        JsonElement v = e.TryGetProperty("v", out JsonElement vv) ? vv : default;
        switch (tag)
        {
            case "bytes": return Latin1.GetBytes(v.GetString() ?? "");
            case "float": return v.GetDouble();
            case "tuple": return new PyTuple([.. v.EnumerateArray().Select(ReadValue)]);
            case "list": return new PyList(v.EnumerateArray().Select(ReadValue));
            case "dict":
                string type = e.TryGetProperty("type", out JsonElement ty) ? ty.GetString() ?? "dict" : "dict";
                PyDict d = type == "dict" ? new PyDict() : new PyDictSubclass(type);
                foreach (JsonElement pair in v.EnumerateArray())
                {
                    object? key = ReadValue(pair[0]) ?? throw new TraceFormatException("a dict key is None");
                    d[key] = ReadValue(pair[1]);
                }

                return d;
            case "object":
                return new PyOpaque(
                    e.TryGetProperty("type", out JsonElement ot) ? ot.GetString() ?? "object" : "object",
                    e.TryGetProperty("repr", out JsonElement rp) ? rp.GetString() ?? "" : "",
                    e.TryGetProperty("attrs", out JsonElement at) ? [.. at.EnumerateArray().Select(x => x.GetString() ?? "")] : []);
            default:
                throw new TraceFormatException($"unknown value tag {Py.StrRepr(tag)}");
        }
    }
}
