using System.Text;
using System.Text.Json;

namespace Wsgi.Conformance.Probe;

/// <summary>What the probe is asked to do for one request (docs/PROBE.md). Unset fields keep the
/// probe's defaults; the value goes in the <c>X-Probe</c> header as base64url JSON.</summary>
public sealed record Scenario
{
    /// <summary>The request id the trace is stored under.</summary>
    public string? Id { get; init; }

    /// <summary><c>trace</c> (the body is the trace) or <c>scenario</c> (the body is as scripted; the trace is stored).</summary>
    public string? Respond { get; init; }

    /// <summary>wsgi.input operations, like <c>["read", 5]</c>.</summary>
    public IReadOnlyList<object[]>? Input { get; init; }

    /// <summary>wsgi.errors operations, like <c>["write", "text"]</c>.</summary>
    public IReadOnlyList<object[]>? Errors { get; init; }

    /// <summary>The status line.</summary>
    public string? Status { get; init; }

    /// <summary>The response headers.</summary>
    public IReadOnlyList<(string Name, string Value)>? Headers { get; init; }

    /// <summary><c>call</c> or <c>iter</c>.</summary>
    public string? StartIn { get; init; }

    /// <summary>A second start_response call.</summary>
    public StartAgain? StartAgain { get; init; }

    /// <summary>Strings (latin-1) passed to write().</summary>
    public IReadOnlyList<string>? Write { get; init; }

    /// <summary>The result's steps.</summary>
    public IReadOnlyList<BodyStep>? Body { get; init; }

    /// <summary><c>closable</c>, <c>list</c> or <c>len</c>.</summary>
    public string? Result { get; init; }

    /// <summary><c>before_start</c> or <c>after_start</c>.</summary>
    public string? Raise { get; init; }

    /// <summary>Return wsgi.file_wrapper over an in-memory file of this many bytes, in blocks of <see cref="FileBlockSize"/>.</summary>
    public int? FileSize { get; init; }

    /// <summary>The file_wrapper block size.</summary>
    public int FileBlockSize { get; init; } = 4096;

    /// <summary>The scenario as JSON.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            Str(w, "id", Id);
            Str(w, "respond", Respond);
            Ops(w, "input", Input);
            Ops(w, "errors", Errors);
            Str(w, "status", Status);
            if (Headers is not null)
            {
                w.WriteStartArray("headers");
                foreach (var (name, value) in Headers)
                {
                    w.WriteStartArray();
                    w.WriteStringValue(name);
                    w.WriteStringValue(value);
                    w.WriteEndArray();
                }

                w.WriteEndArray();
            }

            Str(w, "start_in", StartIn);
            if (StartAgain is { } again)
            {
                w.WriteStartObject("start_again");
                w.WriteString("status", again.Status);
                w.WriteStartArray("headers");
                foreach (var (name, value) in again.Headers)
                {
                    w.WriteStartArray();
                    w.WriteStringValue(name);
                    w.WriteStringValue(value);
                    w.WriteEndArray();
                }

                w.WriteEndArray();
                w.WriteBoolean("exc_info", again.ExcInfo);
                w.WriteNumber("after", again.After);
                w.WriteEndObject();
            }

            if (Write is not null)
            {
                w.WriteStartArray("write");
                foreach (string s in Write)
                {
                    w.WriteStringValue(s);
                }

                w.WriteEndArray();
            }

            if (Body is not null)
            {
                w.WriteStartArray("body");
                foreach (BodyStep step in Body)
                {
                    step.Write(w);
                }

                w.WriteEndArray();
            }

            Str(w, "result", Result);
            Str(w, "raise", Raise);
            if (FileSize is int size)
            {
                w.WriteStartObject("file_wrapper");
                w.WriteNumber("size", size);
                w.WriteNumber("block_size", FileBlockSize);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The largest <c>X-Probe</c> value: common servers refuse longer header fields (gunicorn: 8190 bytes per field line).</summary>
    public const int MaxHeaderValue = 6000;

    /// <summary>The <c>X-Probe</c> header value: base64url of the JSON, without padding. Throws when it would
    /// exceed <see cref="MaxHeaderValue"/> (a case bug: the server would refuse the request, not the scenario).</summary>
    public string ToHeaderValue()
    {
        string value = Convert.ToBase64String(Encoding.UTF8.GetBytes(ToJson())).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return value.Length <= MaxHeaderValue
            ? value
            : throw new InvalidOperationException($"the scenario is {value.Length} bytes as a header, over the {MaxHeaderValue}-byte limit servers accept");
    }

    private static void Str(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Ops(Utf8JsonWriter w, string name, IReadOnlyList<object[]>? ops)
    {
        if (ops is null)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (object[] op in ops)
        {
            w.WriteStartArray();
            foreach (object x in op)
            {
                switch (x)
                {
                    case string s: w.WriteStringValue(s); break;
                    case int i: w.WriteNumberValue(i); break;
                    case string[] list:
                        w.WriteStartArray();
                        foreach (string s in list)
                        {
                            w.WriteStringValue(s);
                        }

                        w.WriteEndArray();
                        break;
                    default: throw new ArgumentException($"unsupported operation argument {x.GetType().Name}");
                }
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
    }
}
