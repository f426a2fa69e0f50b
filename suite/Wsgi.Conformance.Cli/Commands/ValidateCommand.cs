using System.CommandLine;
using Wsgi.Apps;
using Wsgi.Apps.Broken;
using Wsgi.Hosting;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Middleware;

namespace Wsgi.Conformance.Cli.Commands;

/// <summary><c>wsgi-conformance validate</c>: serves the reference apps in process through the
/// validator and prints the verdicts: every good app must raise nothing, every broken app must be
/// caught with its rule id. Exit 0 when all hold, 1 when one does not.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout)
    {
        var app = new Option<string[]>("--app") { Description = "Only these apps (a good app name, or a rule id for its broken app); repeatable.", AllowMultipleArgumentsPerToken = true };
        var quiet = new Option<bool>("--quiet") { Description = "Print only problems and the summary." };
        var command = new Command("validate", "Validate the reference apps in process (good apps raise nothing, each broken app is caught with its rule id).") { app, quiet };
        command.SetAction(parsed => Run(stdout, parsed.GetValue(app) ?? [], parsed.GetValue(quiet)));
        return command;
    }

    private static int Run(TextWriter stdout, string[] only, bool quiet)
    {
        string[] unknown = [.. only.Where(n => !ReferenceApps.Good.ContainsKey(n) && !BrokenApps.ByRuleId.ContainsKey(n))];
        if (unknown.Length > 0)
        {
            throw new UsageException($"unknown app {string.Join(", ", unknown.Select(u => $"\"{u}\""))}; good apps are {string.Join(", ", ReferenceApps.Good.Keys.Order())}, broken apps are named by rule id (see 'wsgi-conformance rules')");
        }

        bool Selected(string name) => only.Length == 0 || only.Contains(name);
        int checkedApps = 0;
        int problems = 0;
        foreach (var (name, factory) in ReferenceApps.Good.OrderBy(p => p.Key, StringComparer.Ordinal).Where(p => Selected(p.Key)))
        {
            foreach (WsgiRequest request in RequestsFor(name))
            {
                checkedApps++;
                IReadOnlyList<Violation> found = Validate(factory(), request);
                bool ok = found.Count == 0;
                problems += ok ? 0 : 1;
                if (!ok || !quiet)
                {
                    stdout.WriteLine($"{(ok ? "pass" : "FAIL")}  {name} ({request.Method} {request.Path}): {(ok ? "no violation" : $"{found.Count} violation(s)")}");
                }

                foreach (Violation v in found)
                {
                    stdout.WriteLine($"      {v}");
                }
            }
        }

        foreach (var (id, broken) in BrokenApps.ByRuleId.OrderBy(p => p.Key, StringComparer.Ordinal).Where(p => Selected(p.Key)))
        {
            checkedApps++;
            IReadOnlyList<Violation> found = Validate(broken.Create(), broken.RequestOrDefault);
            bool ok = found.Count > 0 && found.All(v => v.RuleId == id);
            problems += ok ? 0 : 1;
            if (!ok || !quiet)
            {
                stdout.WriteLine($"{(ok ? "caught" : "MISSED")}  broken app {id}");
                foreach (Violation v in found)
                {
                    stdout.WriteLine($"      {v}");
                }
            }
        }

        stdout.WriteLine($"{checkedApps} exchanges validated, {problems} problem(s).");
        return problems == 0 ? 0 : 1;
    }

    private static IReadOnlyList<Violation> Validate(object? app, WsgiRequest request)
    {
        var validator = new ValidatorMiddleware(app, new ValidatorOptions { Mode = ValidatorMode.Collect });
        new InProcessGateway().Run(validator, request);
        return validator.Log!.Violations;
    }

    private static IEnumerable<WsgiRequest> RequestsFor(string name)
    {
        yield return WsgiRequest.Get("/");
        yield return new WsgiRequest("HEAD", "/");
        if (name == "echo")
        {
            yield return WsgiRequest.Post("/echo", "hello, echo\n"u8.ToArray(), "text/plain");
        }
    }
}
