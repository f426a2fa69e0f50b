using System.CommandLine;
using Wsgi.Conformance.Targets;

namespace Wsgi.Conformance.Cli.Commands;

/// <summary><c>run --target NAME</c>: starts the profile's server hosting the Python probe, runs the
/// suite against it with the profile's <c>--parallel</c> (unless given), and stops it afterwards, on
/// Ctrl+C, on a harness error, or when the server crashed; the server's output goes to
/// <c>DIR/server.log</c>.</summary>
internal static class TargetOption
{
    public static Option<string?> Create() => new("--target")
    {
        Description = "Start this target profile (see 'wsgi-conformance targets'), run the suite against it and stop it. Not with --url.",
    };

    /// <summary>Runs <paramref name="run"/> with the target's URL and parallelism (nulls without --target).</summary>
    public static async Task<int> RunAsync(
        string? name, string? url, bool parallelGiven, string outDir, TextWriter stderr, Func<string?, int?, Task<int>> run, CancellationToken token)
    {
        if (name is null)
        {
            return await run(null, null).ConfigureAwait(false);
        }

        if (url is not null)
        {
            throw new UsageException($"--target starts its own server, so --url must not be given too; got --target {name} --url {url}");
        }

        TargetProfile profile = TargetCatalogue.Find(name)
            ?? throw new UsageException($"--target must name a profile ({string.Join(", ", TargetCatalogue.All.Select(p => p.Name))}); got \"{name}\"");
        if (await TargetInstallation.MissingAsync(profile, token).ConfigureAwait(false) is string missing)
        {
            throw new UsageException($"target {name} is not installed here ({missing}); run scripts/install-servers (packages: {string.Join(' ', profile.Packages)})");
        }

        string probe;
        try
        {
            probe = ProbeFile.Locate();
        }
        catch (FileNotFoundException e)
        {
            throw new UsageException(e.Message);
        }

        Directory.CreateDirectory(outDir);
        string log = Path.Combine(outDir, "server.log");
        RunningTarget server;
        try
        {
            server = await RunningTarget.StartAsync(profile, probe, log, token).ConfigureAwait(false);
        }
        catch (TargetStartException e)
        {
            stderr.WriteLine($"wsgi-conformance: {e.Message}");
            return Program.UsageError;
        }

        try
        {
            stderr.WriteLine($"wsgi-conformance: started {name} at {server.Url} (process groups {string.Join(", ", server.ProcessGroups)}); its output goes to {log}");
            int code = await run(server.Url.ToString(), parallelGiven ? null : profile.Parallel).ConfigureAwait(false);
            if (server.Exited() is string exited)
            {
                stderr.WriteLine($"wsgi-conformance: target {name} crashed during the run: {exited}; see {log}");
                code = Math.Max(code, Program.UsageError);
            }

            return code;
        }
        finally
        {
            IReadOnlyList<int> survivors = await Task.Run(server.Stop, CancellationToken.None).ConfigureAwait(false);
            if (survivors.Count > 0)
            {
                stderr.WriteLine($"wsgi-conformance: processes of target {name} survived SIGKILL: {string.Join(", ", survivors)}");
            }
        }
    }
}
