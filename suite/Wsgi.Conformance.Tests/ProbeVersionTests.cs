using System.Diagnostics;

namespace Wsgi.Conformance.Tests;

/// <summary>A probe from another release (another protocol version) is detected and named.</summary>
public sealed class ProbeVersionTests
{
    [Fact]
    public async Task A_probe_of_another_protocol_version_is_reported_with_what_to_do()
    {
        string dir = Directory.CreateTempSubdirectory("old-probe-").FullName;
        string source = File.ReadAllText(Repo.Path("reference-apps", "python", "wsgi_probe.py"));
        File.WriteAllText(Path.Combine(dir, "wsgi_probe.py"), source.Replace("PROBE_VERSION = 1", "PROBE_VERSION = 0", StringComparison.Ordinal));
        using var process = Process.Start(new ProcessStartInfo("python3", ["-c", "import wsgiref.simple_server as s, wsgi_probe\nsrv = s.make_server('127.0.0.1', 0, wsgi_probe.application)\nprint(srv.server_port, flush=True)\nsrv.serve_forever()"])
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            string port = await process.StandardOutput.ReadLineAsync(cts.Token) ?? "";

            var (code, _, stderr) = Cli.Run("run", "--url", $"http://127.0.0.1:{port}/", "--out", Path.Combine(dir, "out"), "--quiet", "--case", "environ.required.REQUEST_METHOD");

            Assert.Equal(2, code);
            Assert.Contains("speaks probe protocol version 0; this wsgi-conformance speaks version 1", stderr);
            Assert.Contains("wsgi-conformance probe --write DIR", stderr);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
            Directory.Delete(dir, recursive: true);
        }
    }
}
