using System.CommandLine;
using System.Text.Json;
using Wsgi.Catalogue;

namespace Wsgi.Conformance.Cli.Commands;

/// <summary><c>wsgi-conformance rules [--json | --markdown]</c>: the catalogue with what checks each rule.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var json = new Option<bool>("--json") { Description = "Print every rule as JSON (id, party, level, section, quote, checked_by)." };
        var markdown = new Option<bool>("--markdown") { Description = "Print docs/RULES.md." };
        var command = new Command("rules", "Print the rule catalogue and, per rule, what checks it.") { json, markdown };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(json) && parsed.GetValue(markdown))
            {
                throw new UsageException("--json and --markdown cannot be used together; pick one");
            }

            if (parsed.GetValue(json))
            {
                WriteJson(stdout);
            }
            else if (parsed.GetValue(markdown))
            {
                stdout.Write(RulesDocument.Render());
            }
            else
            {
                WriteTable(stdout);
            }

            return 0;
        });
        return command;
    }

    private static void WriteJson(TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("tool", "wsgi-conformance");
            w.WriteString("version", ToolInfo.Version);
            w.WriteNumber("count", Rules.All.Count);
            w.WriteStartArray("rules");
            foreach (Rule r in Rules.All)
            {
                w.WriteStartObject();
                w.WriteString("id", r.Id);
                w.WriteString("party", r.Party.ToString().ToLowerInvariant());
                w.WriteString("level", LevelName(r.Level));
                w.WriteString("level_text", r.LevelText);
                w.WriteString("group", r.Group.Title);
                w.WriteString("section", r.Section);
                w.WriteString("summary", r.Summary);
                w.WriteString("quote", r.Quote);
                w.WriteString("anchors", r.Anchors);
                w.WriteString("observability", r.Observability);
                w.WriteStartArray("checked_by");
                foreach (string by in RuleCoverage.CheckedBy(r))
                {
                    w.WriteStringValue(by);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteTable(TextWriter stdout)
    {
        int width = Rules.All.Max(r => r.Id.Length);
        foreach (RuleGroup group in Rules.Groups)
        {
            stdout.WriteLine($"{group.Number}. {group.Title}");
            foreach (Rule r in Rules.All.Where(r => r.Group == group))
            {
                var all = RuleCoverage.CheckedBy(r);
                int cases = all.Count(c => c.StartsWith("suite:", StringComparison.Ordinal));
                string by = string.Join(",", all.Where(c => !c.StartsWith("suite:", StringComparison.Ordinal)).Append(cases > 0 ? $"suite({cases})" : null).OfType<string>());
                stdout.WriteLine($"  {r.Id.PadRight(width)}  {r.Party.ToString().ToLowerInvariant(),-10}  {LevelName(r.Level),-10}  {(by.Length == 0 ? "-" : by)}");
            }
        }

        int checkedCount = Rules.All.Count(r => RuleCoverage.CheckedBy(r).Count > 0);
        stdout.WriteLine($"{Rules.All.Count} rules, {checkedCount} checked.");
    }

    /// <summary>The level as the PEP writes it.</summary>
    public static string LevelName(Level level) => level switch
    {
        Level.Must => "MUST",
        Level.MustNot => "MUST NOT",
        Level.Should => "SHOULD",
        Level.ShouldNot => "SHOULD NOT",
        _ => "MAY",
    };
}
