using Wsgi.Apps;
using Wsgi.Apps.Broken;
using Wsgi.Hosting;
using Wsgi.Validator.Middleware;
using Wsgi.Validator.Tracing;

namespace Wsgi.Conformance.Tests;

public sealed class JudgeCommandTests
{
    private static string Record(object? app, WsgiRequest request, string dir, string name)
    {
        Trace? trace = null;
        var validator = new ValidatorMiddleware(app, new ValidatorOptions { Mode = ValidatorMode.Collect, RecordTraces = true, ExchangeEnded = j => trace = j.Trace });
        new InProcessGateway().Run(validator, request);
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, TraceJson.Write(trace!));
        return path;
    }

    [Fact]
    public void Judges_trace_files_and_folders_with_the_rule_ids()
    {
        string dir = Directory.CreateTempSubdirectory("judge-").FullName;
        string good = Record(ReferenceApps.Good["hello"](), WsgiRequest.Get(), dir, "good.json");
        BrokenApp broken = BrokenApps.ByRuleId["start_response.status.format"];
        Record(broken.Create(), broken.RequestOrDefault, dir, "broken.json");

        var (clean, cleanOut, _) = Cli.Run("judge", good);
        var (both, bothOut, _) = Cli.Run("judge", dir);

        Assert.Equal(0, clean);
        Assert.Contains("no violation", cleanOut);
        Assert.Equal(1, both);
        Assert.Contains("[start_response.status.format]", bothOut);
        Assert.Contains("2 trace(s) judged", bothOut);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void An_unreadable_trace_says_why_and_exits_2()
    {
        string file = Path.GetTempFileName();
        File.WriteAllText(file, "{\"trace_version\": 7}");

        var (code, _, stderr) = Cli.Run("judge", file);
        var (missing, _, missingErr) = Cli.Run("judge", "/no/such/trace.json");

        Assert.Equal(2, code);
        Assert.Contains("trace_version 7 is not supported", stderr);
        Assert.Equal(2, missing);
        Assert.Contains("no such trace file or folder", missingErr);
        File.Delete(file);
    }
}
