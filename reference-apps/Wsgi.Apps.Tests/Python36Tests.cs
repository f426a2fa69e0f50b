using System.Text.Json;
using Wsgi.Apps.Tests.Infrastructure;
using Wsgi.Validator.Tracing;

namespace Wsgi.Apps.Tests;

/// <summary>The probe runs on the oldest Python it supports, 3.6 (pyenv's 3.6.15); a missing interpreter fails the test.</summary>
public sealed class Python36Tests
{
    [Fact]
    public async Task The_probe_runs_under_python_3_6()
    {
        Assert.True(File.Exists(Repo.Python36), $"Python 3.6 is missing at {Repo.Python36}: install it with `pyenv install 3.6.15`; the probe promises to run on 3.6.");
        using var folder = new TempFolder("wsgi-probe-py36");
        using PythonServer server = await PythonServer.StartAsync(Repo.Python36, "import wsgi_probe; app = wsgi_probe.application", folder.Path);

        foreach (string name in (string[])["default", "input-reads", "scenario-data-sleep", "start-again-exc-info"])
        {
            ProbeOutcome outcome = await ProbeHttp.RunAsync(server.Uri, ProbeCases.Get(name));
            Assert.Equal(EventKinds.End, outcome.StoredTrace.Events[^1].Kind);
            using var doc = JsonDocument.Parse(outcome.StoredJson);
            Assert.StartsWith("3.6.", doc.RootElement.GetProperty("meta").GetProperty("python").GetString(), StringComparison.Ordinal);
        }
    }
}
