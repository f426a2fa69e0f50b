using System.CommandLine;
using Wsgi.Conformance.Targets;

namespace Wsgi.Conformance.Cli.Commands;

/// <summary><c>wsgi-conformance targets [--json]</c>: lists the target profiles (the real servers
/// <c>run --target</c> can start) and whether each is installed here.</summary>
internal static class TargetsCommand
{
    public static Command Create(TextWriter stdout)
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per line: name, installed, missing, packages, parallel, summary." };
        var installedOnly = new Option<bool>("--installed") { Description = "Only the targets installed here, one name per line (for scripts)." };
        var command = new Command("targets", "List the target profiles (real WSGI servers that 'run --target' starts) and whether each is installed.") { json, installedOnly };
        command.SetAction(async (parsed, token) =>
        {
            var rows = await Task.WhenAll(TargetCatalogue.All.Select(async p => (Profile: p, Missing: await TargetInstallation.MissingAsync(p, token).ConfigureAwait(false))))
                .ConfigureAwait(false);
            foreach ((TargetProfile p, string? missing) in rows)
            {
                if (parsed.GetValue(installedOnly))
                {
                    if (missing is null)
                    {
                        stdout.WriteLine(p.Name);
                    }
                }
                else if (parsed.GetValue(json))
                {
                    stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
                    {
                        ["name"] = p.Name,
                        ["installed"] = missing is null,
                        ["missing"] = missing,
                        ["packages"] = p.Packages,
                        ["parallel"] = p.Parallel,
                        ["summary"] = p.Summary,
                    }));
                }
                else
                {
                    stdout.WriteLine($"{p.Name,-17} {(missing is null ? "installed" : "missing"),-9}  {p.Summary}{(missing is null ? "" : $" [{missing}]")}");
                }
            }

            if (!parsed.GetValue(installedOnly) && !parsed.GetValue(json))
            {
                stdout.WriteLine($"{rows.Count(r => r.Missing is null)} of {rows.Length} installed. Debian packages: scripts/install-servers. Run one: wsgi-conformance run --target NAME --out DIR");
            }

            return 0;
        });
        return command;
    }
}
