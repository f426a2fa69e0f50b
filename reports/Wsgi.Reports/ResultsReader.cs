using System.Text.Json;
using Wsgi.Conformance.Running;

namespace Wsgi.Reports;

/// <summary>Reads results.json back (format version <see cref="ResultsJson.FormatVersion"/>): the run's
/// target and each case's id, section, level and outcome. Errors name the file and the field.</summary>
public static class ResultsReader
{
    /// <summary>Reads <paramref name="path"/>: a results.json file, or a folder holding one.</summary>
    public static StoredRun Read(string path)
    {
        string file = Directory.Exists(path) ? Path.Combine(path, "results.json") : path;
        if (!File.Exists(file))
        {
            throw new ReportFileException($"no results at {path} ({file} does not exist); pass folders written by 'wsgi-conformance run --out DIR' (or their results.json)");
        }

        string json;
        try
        {
            json = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportFileException($"cannot read {file}: {e.Message}; pass folders written by 'wsgi-conformance run --out DIR' (or their results.json)");
        }

        return Parse(json, file);
    }

    /// <summary>Parses results.json text; <paramref name="path"/> names it in errors and in the result.</summary>
    public static StoredRun Parse(string json, string path)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            JsonElement root = doc.RootElement;
            int version = Get(root, "results_version", path).GetInt32();
            if (version != ResultsJson.FormatVersion)
            {
                throw new ReportFileException($"{path} is results format {version}; this wsgi-conformance reads format {ResultsJson.FormatVersion}; run the suite again with this version");
            }

            var cases = new List<StoredCase>();
            int i = 0;
            foreach (JsonElement c in Get(root, "cases", path).EnumerateArray())
            {
                string where = $"{path} cases[{i++}]";
                string outcome = Str(c, "outcome", where);
                if (!ResultsJson.TryParseOutcome(outcome, out Outcome o))
                {
                    throw new ReportFileException($"{where}: outcome \"{Text.Cut(outcome, 50)}\" is not one of pass, fail, warn, info, unsupported, error");
                }

                cases.Add(new StoredCase(Str(c, "id", where), Str(c, "title", where), Str(c, "section", where),
                    [.. Get(c, "rules", where).EnumerateArray().Select(r => r.GetString() ?? "")], Str(c, "level", where), o, Str(c, "message", where)));
            }

            JsonElement description = Get(root, "target_description", path);
            return new StoredRun(path, Str(root, "target", path), description.ValueKind == JsonValueKind.String ? description.GetString() : null,
                Str(root, "started", path), Str(root, "version", path), Get(root, "complete", path).GetBoolean(), cases);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new ReportFileException($"{path} is not a results.json this tool wrote ({e.Message})");
        }
    }

    private static JsonElement Get(JsonElement e, string name, string where) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) ? v : throw new ReportFileException($"{where}: no \"{name}\"; is this a results.json written by 'wsgi-conformance run'?");

    private static string Str(JsonElement e, string name, string where) => Get(e, name, where).GetString() ?? "";
}
