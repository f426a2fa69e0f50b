using System.Text.Json;
using System.Text.RegularExpressions;

namespace Wsgi.Conformance.Tests;

public sealed partial class RulesCommandTests
{
    [Fact]
    public void Rules_json_lists_the_catalogue_with_ids_from_the_research_catalogue()
    {
        var (code, stdout, _) = Cli.Run("rules", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var rules = doc.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.True(rules.Count >= 180, $"{rules.Count} rules");

        string catalogue = File.ReadAllText(Repo.Path("docs", "spec", "pep3333-rules.md"));
        var researchIds = RuleRow().Matches(catalogue).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(212, researchIds.Count);
        var ids = rules.Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Empty(researchIds.Except(ids));

        // Ids added by this project must be declared as such (none may silently rename a catalogue id).
        Assert.Equal(["start_response.app.once_without_exc_info"], ids.Except(researchIds));

        foreach (var r in rules)
        {
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("quote").GetString()), r.GetProperty("id").GetString());
            Assert.Contains(r.GetProperty("party").GetString(), new[] { "server", "app", "middleware", "both" });
        }

        int byValidator = rules.Count(r => r.GetProperty("checked_by").EnumerateArray().Any(c => c.GetString() == "validator"));
        Assert.True(byValidator >= 60, $"{byValidator} rules checked by the validator");
    }

    [Fact]
    public void Committed_rules_document_is_current()
    {
        var (code, stdout, _) = Cli.Run("rules", "--markdown");
        Assert.Equal(0, code);
        string committed = File.ReadAllText(Repo.Path("docs", "RULES.md"));
        Assert.True(committed == stdout, "docs/RULES.md is stale: regenerate it with `dotnet run --project suite/Wsgi.Conformance.Cli -- rules --markdown > docs/RULES.md`");
    }

    [Theory]
    [InlineData("rules", "--bogus")]
    [InlineData("no-such-command")]
    [InlineData("rules", "--json", "--markdown")]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        var (code, stdout, stderr) = Cli.Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("wsgi-conformance: ", stderr);
        Assert.Equal("", stdout);
    }

    [GeneratedRegex(@"^\| `([^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex RuleRow();
}
