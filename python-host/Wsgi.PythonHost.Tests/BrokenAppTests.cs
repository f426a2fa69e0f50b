using System.Text.RegularExpressions;
using Wsgi.Hosting;
using Wsgi.PythonHost.Tests.Infrastructure;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Middleware;

namespace Wsgi.PythonHost.Tests;

/// <summary>The broken Python apps of reference-apps/python/broken, hosted in process behind the
/// validator: each breaks its own rule, and in strict mode a rule broken at a call the app makes is
/// raised in Python at the app's line.</summary>
[Collection(PythonCollection.Name)]
public sealed partial class BrokenAppTests(PythonFixture python)
{
    /// <summary>Every broken app, by module name.</summary>
    public static TheoryData<string> BrokenApps => [.. Directory.EnumerateFiles(Repo.BrokenApps, "*.py").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("start_response_status_type", "start_response.status.type")]
    [InlineData("write_bytes", "write.bytes")]
    [InlineData("input_app_no_other_attrs", "input.app.no_other_attrs")]
    [InlineData("errors_app_write_str", "errors.app.write_str")]
    [InlineData("start_response_headers_tuple_pairs", "start_response.headers.tuple_pairs")]
    public void A_strict_violation_at_a_call_is_raised_in_python_at_the_apps_line(string module, string rule)
    {
        var (response, _) = Exchange.Run(Exchange.Strict(python.Runtime.LoadApp($"{module}:application")), WsgiRequest.Get());

        var e = Assert.IsType<WsgiViolationException>(response.Error);
        Assert.Equal(rule, e.RuleId);
        string traceback = Assert.IsType<string>(PythonAppException.TracebackOf(e));
        Assert.Contains($"{module}.py\", line ", traceback, StringComparison.Ordinal);
        Assert.EndsWith($"wsgi_conformance_host.WsgiViolation: [{rule}] {e.Violation.Subject}: {e.Violation.Expected}; got {e.Violation.Actual}", traceback.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_strict_violation_in_what_the_result_yields_is_raised_in_C_sharp()
    {
        var (response, _) = Exchange.Run(Exchange.Strict(python.Runtime.LoadApp("iterable_items_bytes:application")), WsgiRequest.Get());

        var e = Assert.IsType<WsgiViolationException>(response.Error);
        Assert.Equal("iterable.items_bytes", e.RuleId);
        Assert.Null(PythonAppException.TracebackOf(e));
    }

    [Theory]
    [MemberData(nameof(BrokenApps))]
    public void Each_broken_app_breaks_its_rule_and_no_other_when_hosted_in_process(string module)
    {
        string rule = RuleOf(module);
        var log = new ViolationLog(strict: false);
        var validator = new ValidatorMiddleware(python.Runtime.LoadAppObject($"{module}:application"), new ValidatorOptions { Mode = ValidatorMode.Collect, Sink = log });

        Exchange.Run(validator, WsgiRequest.Get());
        Exchange.Run(validator, WsgiRequest.Post("/", "name=value"u8.ToArray(), "application/x-www-form-urlencoded"));

        Assert.Equal([rule], log.Violations.Select(v => v.RuleId).Distinct());
    }

    [Theory]
    [MemberData(nameof(BrokenApps))]
    public void In_strict_mode_each_broken_app_is_stopped_with_its_rule_or_has_it_recorded(string module)
    {
        string rule = RuleOf(module);
        Wsgi.Catalogue.Rule declared = Wsgi.Catalogue.Rules.Get(rule);
        var validator = Exchange.Strict(python.Runtime.LoadAppObject($"{module}:application"));

        Exception?[] errors =
        [
            Exchange.Run(validator, WsgiRequest.Get()).Response.Error,
            Exchange.Run(validator, WsgiRequest.Post("/", "name=value"u8.ToArray(), "application/x-www-form-urlencoded")).Response.Error,
        ];

        var stopped = errors.OfType<WsgiViolationException>().ToList();
        if (declared.Level is Wsgi.Catalogue.Level.Must or Wsgi.Catalogue.Level.MustNot)
        {
            // A MUST stops the exchange with WsgiViolation naming the rule: in Python at the app's line when the
            // app made the faulty call, in C# when it shows only in what the result yields or at the exchange's end.
            Assert.NotEmpty(stopped);
            Assert.All(stopped, e => Assert.Equal(rule, e.RuleId));
            if (PythonAppException.TracebackOf(stopped[0]) is { } traceback)
            {
                Assert.Contains($"{module}.py\", line ", traceback, StringComparison.Ordinal);
                Assert.Contains($"wsgi_conformance_host.WsgiViolation: [{rule}]", traceback, StringComparison.Ordinal);
            }
        }
        else
        {
            // A SHOULD is recorded, and the exchange goes on.
            Assert.Empty(stopped);
            Assert.Contains(validator.Log!.Violations, v => v.RuleId == rule);
        }
    }

    private static string RuleOf(string module)
    {
        string source = File.ReadAllText(Path.Combine(Repo.BrokenApps, module + ".py"));
        return RuleLine().Match(source) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"{module}.py has no RULE = \"...\" line");
    }

    [GeneratedRegex("^RULE = \"([a-z0-9_.]+)\"", RegexOptions.Multiline)]
    private static partial Regex RuleLine();
}
