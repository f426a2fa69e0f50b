using System.Diagnostics;
using Wsgi.Conformance.Targets;

namespace Wsgi.Conformance.Tests;

/// <summary>Target profiles start and stop real servers without leaving a process behind, even when
/// the server's master dies first; the CLI lists them and refuses bad --target values.</summary>
public sealed class TargetLifecycleTests
{
    [Fact]
    public async Task A_crashed_master_is_reported_and_its_orphaned_workers_are_stopped_with_the_group()
    {
        TargetProfile profile = TargetCatalogue.Find("gunicorn-sync")!;
        Assert.Null(await TargetInstallation.MissingAsync(profile, CancellationToken.None));
        string log = Path.Combine(Directory.CreateTempSubdirectory("lifecycle-").FullName, "server.log");
        RunningTarget server = await RunningTarget.StartAsync(profile, Repo.Path(ProbeFile.RelativePath), log, CancellationToken.None);
        int group = server.ProcessGroups.Single();
        try
        {
            var clock = Stopwatch.StartNew();
            while (ProcessTable.Members(group).Count < 5 && clock.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(50);
            }

            Assert.Equal(5, ProcessTable.Members(group).Count); // the master and its 4 workers
            using (var master = Process.GetProcessById(group))
            {
                master.Kill(entireProcessTree: false);
            }

            clock.Restart();
            while (server.Exited() is null && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(20);
            }

            Assert.Contains("exited with code", server.Exited());
            Assert.NotEmpty(ProcessTable.Members(group)); // the workers outlived their master
        }
        finally
        {
            Assert.Empty(server.Stop());
        }

        Assert.Empty(ProcessTable.Members(group));
    }

    [Fact]
    public void Targets_lists_every_profile_with_its_state()
    {
        var (code, stdout, _) = Cli.Run("targets");

        Assert.Equal(0, code);
        Assert.All(TargetCatalogue.All, p => Assert.Contains(p.Name + " ", stdout, StringComparison.Ordinal));
        Assert.Contains("wsgiref-3.6", stdout, StringComparison.Ordinal);
        Assert.Contains("nginx-gunicorn", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-server", null, "--target must name a profile")]
    [InlineData("waitress", "http://127.0.0.1:9/", "--url must not be given too")]
    public void Run_refuses_a_bad_target(string name, string? url, string message)
    {
        string[] args = url is null ? ["run", "--target", name, "--out", Path.GetTempPath()] : ["run", "--target", name, "--url", url, "--out", Path.GetTempPath()];

        var (code, _, stderr) = Cli.Run(args);

        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_profile_is_complete_and_uses_only_known_placeholders()
    {
        Assert.Equal(TargetCatalogue.All.Count, TargetCatalogue.All.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(9, TargetCatalogue.All.Count(p => p.Name.StartsWith("wsgiref", StringComparison.Ordinal)));
        var values = new TargetValues("/py", 1, 2, "/app", "/run", "/traces");
        foreach (TargetProfile p in TargetCatalogue.All)
        {
            Assert.NotEmpty(p.Processes);
            Assert.InRange(p.Parallel, 1, 8);
            IEnumerable<string> templates = p.Processes.SelectMany(x => x.Arguments.Append(x.Executable).Concat(x.Environment.Values)).Concat(p.Files.Values);
            Assert.All(templates, t => Assert.DoesNotMatch(@"\{(python|port|upstream|app|run|traces)\}", values.Expand(t)));
            Assert.All(p.Processes, x => values.PortOf(x.ReadyPort));
        }
    }
}
