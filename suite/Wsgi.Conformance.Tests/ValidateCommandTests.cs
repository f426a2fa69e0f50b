namespace Wsgi.Conformance.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Validating_every_reference_app_passes_and_catches_every_broken_app()
    {
        var (code, stdout, _) = Cli.Run("validate");
        Assert.Equal(0, code);
        Assert.Contains("caught  broken app start_response.status.format", stdout);
        Assert.Contains("pass  hello (GET /): no violation", stdout);
        Assert.DoesNotContain("MISSED", stdout);
        Assert.DoesNotContain("FAIL", stdout);
    }

    [Fact]
    public void One_app_can_be_picked_by_name_or_rule_id()
    {
        var (code, stdout, _) = Cli.Run("validate", "--app", "hello", "--app", "write.bytes");
        Assert.Equal(0, code);
        Assert.EndsWith("3 exchanges validated, 0 problem(s).\n", stdout);
    }

    [Fact]
    public void An_unknown_app_is_a_usage_error()
    {
        var (code, _, stderr) = Cli.Run("validate", "--app", "no-such-app");
        Assert.Equal(2, code);
        Assert.Contains("unknown app \"no-such-app\"", stderr);
    }
}
