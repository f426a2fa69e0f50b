using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Wsgi.Python;

namespace Wsgi.Apps.Probe;

/// <summary>Decodes the <c>X-Probe</c> header (base64url, padding optional, of a UTF-8 JSON object)
/// into a <see cref="ProbeScenario"/>; every problem throws <see cref="ProbeScenarioException"/> naming the field and value.</summary>
internal static partial class ProbeScenarioReader
{
    private static readonly string[] Fields =
        ["id", "respond", "input", "errors", "status", "headers", "start_in", "start_again", "write", "body", "result", "raise", "file_wrapper"];

    private static readonly Dictionary<string, (int Low, int High)> InputArity = new(StringComparer.Ordinal)
    {
        ["read"] = (0, 1), ["readline"] = (0, 1), ["readlines"] = (0, 1), ["iter"] = (0, 1),
    };

    private static readonly Dictionary<string, (int Low, int High)> ErrorsArity = new(StringComparer.Ordinal)
    {
        ["write"] = (1, 1), ["writelines"] = (1, 1), ["flush"] = (0, 0),
    };

    /// <summary>Request ids: <c>[A-Za-z0-9_-]{1,64}</c>.</summary>
    [GeneratedRegex(@"\A[A-Za-z0-9_-]{1,64}\z")]
    public static partial Regex IdPattern();

    /// <summary>The scenario in an <c>X-Probe</c> header value.</summary>
    public static ProbeScenario FromHeader(string header)
    {
        string json;
        try
        {
            string b64 = header.Replace('-', '+').Replace('_', '/');
            json = new UTF8Encoding(false, true).GetString(Convert.FromBase64String(b64 + new string('=', (4 - b64.Length % 4) % 4)));
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            throw new ProbeScenarioException($"X-Probe must be base64url of a UTF-8 JSON object: {e.Message}");
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            return Read(doc.RootElement);
        }
        catch (JsonException e)
        {
            throw new ProbeScenarioException($"X-Probe must be base64url of a UTF-8 JSON object: {e.Message}");
        }
    }

    /// <summary>The scenario in a parsed JSON object.</summary>
    public static ProbeScenario Read(JsonElement raw)
    {
        if (raw.ValueKind != JsonValueKind.Object)
        {
            throw new ProbeScenarioException($"the scenario must be a JSON object; got {raw.ValueKind}");
        }

        string[] unknown = [.. raw.EnumerateObject().Select(p => p.Name).Where(n => !Fields.Contains(n)).Order(StringComparer.Ordinal)];
        if (unknown.Length > 0)
        {
            throw new ProbeScenarioException($"unknown scenario field(s) {string.Join(", ", unknown)}; known: {string.Join(", ", Fields)}");
        }

        string? id = Get(raw, "id") is { } idValue ? Str(idValue, "id") : null;
        if (id is not null && !IdPattern().IsMatch(id))
        {
            throw new ProbeScenarioException($"id must match [A-Za-z0-9_-]{{1,64}}; got {Py.StrRepr(id)}");
        }

        string respond = Choice(raw, "respond", ["trace", "scenario"]) ?? "trace";
        if (respond == "scenario" && id is null)
        {
            throw new ProbeScenarioException("\"respond\": \"scenario\" needs an \"id\" to store the trace under");
        }

        bool traceMode = respond == "trace";
        string result = Choice(raw, "result", ["closable", "list", "len"]) ?? "closable";
        bool startInIter = (Choice(raw, "start_in", ["call", "iter"]) ?? "call") == "iter";
        var scenario = new ProbeScenario
        {
            Id = id,
            Respond = respond,
            Input = Operations(raw, "input", InputArity),
            Errors = Operations(raw, "errors", ErrorsArity),
            Status = Get(raw, "status") is { } status ? Str(status, "status") : "200 OK",
            Headers = Get(raw, "headers") is { } headers ? Headers(headers, "headers") : [("Content-Type", traceMode ? "application/json" : "text/plain")],
            StartInIter = startInIter,
            StartAgain = Get(raw, "start_again") is { } again ? StartAgain(again) : null,
            Write = [.. List(raw, "write").Select(s => Encoding.Latin1.GetBytes(Str(s, "write[]")))],
            Body = [.. List(raw, "body").Select(Step)],
            Result = result,
            Raise = Choice(raw, "raise", ["before_start", "after_start"]),
            FileWrapper = Get(raw, "file_wrapper") is { } fw ? FileWrapper(fw) : null,
        };
        if (traceMode)
        {
            string[] shaping = [.. ((string[])["write", "body", "file_wrapper"]).Where(k => Get(raw, k) is { } v && !(v.ValueKind == JsonValueKind.Array && v.GetArrayLength() == 0))];
            if (shaping.Length > 0)
            {
                throw new ProbeScenarioException($"{string.Join(", ", shaping)} shape(s) the body: use \"respond\": \"scenario\" (the trace body cannot carry it)");
            }

            scenario.Body = [new ProbeStep(ProbeStepKind.Trace)];
        }

        if (scenario.FileWrapper is not null && (scenario.Body.Count > 0 || Get(raw, "result") is not null || startInIter))
        {
            throw new ProbeScenarioException("file_wrapper replaces the result: no body, result or start_in iter with it");
        }

        if (startInIter && result == "list")
        {
            throw new ProbeScenarioException("start_in \"iter\" needs a result the probe iterates: \"closable\" or \"len\", not \"list\"");
        }

        return scenario;
    }

    private static JsonElement? Get(JsonElement raw, string name) =>
        raw.TryGetProperty(name, out JsonElement v) && v.ValueKind != JsonValueKind.Null ? v : null;

    private static string? Choice(JsonElement raw, string name, string[] allowed)
    {
        if (Get(raw, name) is not { } v)
        {
            return null;
        }

        string? s = v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return s is not null && allowed.Contains(s) ? s : throw new ProbeScenarioException($"{name} must be one of {string.Join(", ", allowed)}; got {v.GetRawText()}");
    }

    private static string Str(JsonElement v, string name)
    {
        if (v.ValueKind != JsonValueKind.String)
        {
            throw new ProbeScenarioException($"{name} must be a string; got {v.GetRawText()}");
        }

        string s = v.GetString()!;
        return Py.IsLatin1(s) ? s : throw new ProbeScenarioException($"{name} must be latin-1; got {Py.StrRepr(s)}");
    }

    private static IEnumerable<JsonElement> List(JsonElement raw, string name)
    {
        if (Get(raw, name) is not { } v)
        {
            return [];
        }

        return v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToArray() : throw new ProbeScenarioException($"{name} must be a list; got {v.GetRawText()}");
    }

    private static (string Name, string Value)[] Headers(JsonElement v, string name)
    {
        if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.Array || p.GetArrayLength() != 2))
        {
            throw new ProbeScenarioException($"{name} must be [[name, value], ...]; got {v.GetRawText()}");
        }

        return [.. v.EnumerateArray().Select(p => (Str(p[0], name + " name"), Str(p[1], name + " value")))];
    }

    private static ProbeOperation[] Operations(JsonElement raw, string name, Dictionary<string, (int Low, int High)> arities) =>
        [.. List(raw, name).Select(op =>
        {
            if (op.ValueKind != JsonValueKind.Array || op.GetArrayLength() == 0 || op[0].ValueKind != JsonValueKind.String ||
                !arities.TryGetValue(op[0].GetString()!, out var arity))
            {
                throw new ProbeScenarioException($"{name} operations are [method, args...] with method one of {string.Join(", ", arities.Keys.Order(StringComparer.Ordinal))}; got {op.GetRawText()}");
            }

            int count = op.GetArrayLength() - 1;
            if (count < arity.Low || count > arity.High)
            {
                throw new ProbeScenarioException($"{name} {op[0].GetString()} takes {arity.Low} to {arity.High} argument(s); got {op.GetRawText()}");
            }

            return new ProbeOperation(op[0].GetString()!, [.. op.EnumerateArray().Skip(1).Select(Value)]);
        })];

    private static object? Value(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.TryGetInt64(out long n) ? (object)n : v.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => new PyList(v.EnumerateArray().Select(Value)),
        _ => null,
    };

    private static ProbeStartAgain StartAgain(JsonElement v)
    {
        if (v.ValueKind != JsonValueKind.Object)
        {
            throw new ProbeScenarioException($"start_again must be an object; got {v.GetRawText()}");
        }

        int after = 0;
        if (Get(v, "after") is { } a && (!a.TryGetInt32(out after) || after < 0))
        {
            throw new ProbeScenarioException($"start_again.after must be an int >= 0; got {a.GetRawText()}");
        }

        return new ProbeStartAgain(
            Get(v, "status") is { } s ? Str(s, "start_again.status") : "500 Internal Server Error",
            Get(v, "headers") is { } h ? Headers(h, "start_again.headers") : [("Content-Type", "text/plain")],
            Get(v, "exc_info") is { ValueKind: JsonValueKind.True },
            after);
    }

    private static ProbeStep Step(JsonElement step)
    {
        if (step.ValueKind == JsonValueKind.Object && step.EnumerateObject().Count() == 1)
        {
            JsonProperty p = step.EnumerateObject().First();
            switch (p.Name)
            {
                case "data" when p.Value.ValueKind == JsonValueKind.String:
                    return new ProbeStep(ProbeStepKind.Data, Encoding.Latin1.GetBytes(Str(p.Value, "body data")));
                case "sleep_ms" when p.Value.TryGetInt32(out int ms) && ms >= 0:
                    return new ProbeStep(ProbeStepKind.Sleep, SleepMs: ms);
                case "raise" when p.Value.ValueKind == JsonValueKind.String:
                    return new ProbeStep(ProbeStepKind.Raise, Message: p.Value.GetString());
            }
        }

        throw new ProbeScenarioException($"body steps are {{\"data\": str}}, {{\"sleep_ms\": n}} or {{\"raise\": str}}; got {step.GetRawText()}");
    }

    private static ProbeFileWrapperSpec FileWrapper(JsonElement v)
    {
        int blockSize = 8192;
        if (v.ValueKind != JsonValueKind.Object || Get(v, "size") is not { } s || !s.TryGetInt32(out int size) || size < 0 ||
            (Get(v, "block_size") is { } b && (!b.TryGetInt32(out blockSize) || blockSize < 1)))
        {
            throw new ProbeScenarioException($"file_wrapper must be {{\"size\": n >= 0, \"block_size\": k >= 1}}; got {v.GetRawText()}");
        }

        return new ProbeFileWrapperSpec(size, blockSize);
    }
}
