using System.Text.Json;

namespace Wsgi.Reports.Tests;

/// <summary>The subset of JSON Schema (2020-12) that docs/results.schema.json uses: <c>$ref</c> into
/// <c>#/$defs</c>, <c>type</c> (one or several), <c>const</c>, <c>enum</c>, <c>properties</c>,
/// <c>required</c>, <c>additionalProperties: false</c>, <c>items</c>, <c>minItems</c>, <c>maxItems</c>,
/// <c>minimum</c>. A keyword it does not know makes it throw, so the schema cannot drift past it.</summary>
internal sealed class SchemaValidator(JsonElement root)
{
    private static readonly HashSet<string> Known = ["$schema", "$id", "$defs", "$ref", "title", "description", "type", "const", "enum", "properties", "required",
        "additionalProperties", "items", "minItems", "maxItems", "minimum"];

    /// <summary>Every place <paramref name="instance"/> breaks the schema, as "path: problem".</summary>
    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (JsonProperty keyword in schema.EnumerateObject())
        {
            if (!Known.Contains(keyword.Name))
            {
                throw new NotSupportedException($"schema keyword {keyword.Name} at {path} is not in the validator's subset");
            }
        }

        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            string name = reference.GetString()!;
            const string Prefix = "#/$defs/";
            Assert.StartsWith(Prefix, name);
            Check(root.GetProperty("$defs").GetProperty(name[Prefix.Length..]), value, path, errors);
        }

        if (schema.TryGetProperty("type", out JsonElement type))
        {
            string[] types = type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)] : [type.GetString()!];
            if (!types.Any(t => IsType(value, t)))
            {
                errors.Add($"{path}: expected {string.Join(" or ", types)}, got {value.ValueKind}");
                return;
            }
        }

        if (schema.TryGetProperty("const", out JsonElement constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: expected {constant.GetRawText()}, got {value.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out JsonElement choices) && !choices.EnumerateArray().Any(c => JsonElement.DeepEquals(c, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {choices.GetRawText()}");
        }

        if (schema.TryGetProperty("minimum", out JsonElement minimum) && value.ValueKind == JsonValueKind.Number && value.GetDouble() < minimum.GetDouble())
        {
            errors.Add($"{path}: {value.GetRawText()} is below {minimum.GetRawText()}");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(schema, value, path, errors);
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            int count = value.GetArrayLength();
            if (schema.TryGetProperty("minItems", out JsonElement min) && count < min.GetInt32())
            {
                errors.Add($"{path}: {count} items, fewer than {min.GetInt32()}");
            }

            if (schema.TryGetProperty("maxItems", out JsonElement max) && count > max.GetInt32())
            {
                errors.Add($"{path}: {count} items, more than {max.GetInt32()}");
            }

            if (schema.TryGetProperty("items", out JsonElement items))
            {
                int i = 0;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    Check(items, item, $"{path}[{i++}]", errors);
                }
            }
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out JsonElement required))
        {
            foreach (JsonElement name in required.EnumerateArray())
            {
                if (!value.TryGetProperty(name.GetString()!, out _))
                {
                    errors.Add($"{path}: missing {name.GetString()}");
                }
            }
        }

        bool closed = schema.TryGetProperty("additionalProperties", out JsonElement additional) && additional.ValueKind == JsonValueKind.False;
        bool hasProperties = schema.TryGetProperty("properties", out JsonElement properties);
        foreach (JsonProperty p in value.EnumerateObject())
        {
            if (hasProperties && properties.TryGetProperty(p.Name, out JsonElement sub))
            {
                Check(sub, p.Value, $"{path}.{p.Name}", errors);
            }
            else if (closed)
            {
                errors.Add($"{path}: unexpected property {p.Name}");
            }
        }
    }

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"schema type {type}"),
    };
}
