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
        // Group 18 (issue 10): HTTP/1.1 message framing, RFC 9112.
        Assert.Equal(
        [
            "start_response.app.once_without_exc_info",
            "http1.content_length.invalid",
            "http1.content_length.overflow",
            "http1.content_length.identical_values",
            "http1.body.whole_framing",
            "http1.field.space_before_colon",
            "http1.transfer_encoding.with_content_length",
            "http1.transfer_encoding.chunked_not_final",
            "http1.transfer_encoding.unknown",
            "http1.transfer_encoding.chunked_twice",
            "http1.transfer_encoding.case_insensitive",
            "http1.transfer_encoding.http10",
            "http1.field.obs_fold",
            "http1.line_ending.bare_cr",
            "http1.message.invalid",
            "http1.field.value_ctl",
            "http1.line_ending.bare_lf",
            "http1.chunked.size_invalid",
            "http1.chunked.size_overflow",
            "http1.chunked.extension_ignored",
            "http1.chunked.crlf",
            "http1.chunked.trailer_not_merged",
            "http1.request_line.invalid",
            "http1.request_line.target_too_long",
            "http1.request_line.absolute_form",
            "http1.request_line.asterisk_form",
            "http1.request_line.leading_empty_line",
            "http1.pipelining.in_order",
            "http1.body.unread_not_parsed",
            "http1.connection.close",
        ], ids.Except(researchIds));

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
