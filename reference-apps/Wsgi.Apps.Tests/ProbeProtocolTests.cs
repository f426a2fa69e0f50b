using System.Net;
using System.Text.Json;
using Wsgi.Apps.Tests.Infrastructure;
using Wsgi.Validator.Tracing;

namespace Wsgi.Apps.Tests;

/// <summary>The request side of the protocol, for both probes: the default scenario, 400 for a bad
/// X-Probe, 404 for a trace that is not there, X-Probe-Version on every response.</summary>
public sealed class ProbeProtocolTests(ProbeServers servers) : IClassFixture<ProbeServers>
{
    public static TheoryData<string> Probes => ["python", "csharp"];

    [Theory]
    [MemberData(nameof(Probes))]
    public async Task Without_a_header_the_body_is_the_trace_so_far(string probe)
    {
        using HttpClient http = ProbeHttp.Client();
        using HttpResponseMessage response = await http.GetAsync(Uri(probe));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["1"], response.Headers.GetValues("X-Probe-Version"));
        string json = await response.Content.ReadAsStringAsync();
        Trace trace = TraceJson.Read(json);
        Assert.Equal(["invoke", "start_response", "app.return", "iter", "next"], trace.Events.Select(e => e.Kind));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(probe, doc.RootElement.GetProperty("meta").GetProperty("implementation").GetString());
        Assert.True(doc.RootElement.GetProperty("events")[1].GetProperty("at").GetDouble() >= 0);
    }

    [Theory]
    [InlineData("python", "not base64!")]
    [InlineData("csharp", "not base64!")]
    [InlineData("python", "W10")]
    [InlineData("csharp", "W10")]
    [InlineData("python", "eyJib2d1cyI6MX0")]
    [InlineData("csharp", "eyJib2d1cyI6MX0")]
    [InlineData("python", "eyJib2R5IjpbeyJkYXRhIjoieCJ9XX0")]
    [InlineData("csharp", "eyJib2R5IjpbeyJkYXRhIjoieCJ9XX0")]
    [InlineData("python", "eyJyZXNwb25kIjoic2NlbmFyaW8ifQ")]
    [InlineData("csharp", "eyJyZXNwb25kIjoic2NlbmFyaW8ifQ")]
    public async Task A_malformed_scenario_gets_400_with_the_reason(string probe, string header)
    {
        // W10 is [], eyJib2d1cyI6MX0 is {"bogus":1}, then {"body":[{"data":"x"}]} in trace mode, then "respond": "scenario" without id.
        using HttpClient http = ProbeHttp.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, Uri(probe));
        request.Headers.TryAddWithoutValidation("X-Probe", header);
        using HttpResponseMessage response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["1"], response.Headers.GetValues("X-Probe-Version"));
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(doc.RootElement.GetProperty("error").GetString()));
    }

    [Theory]
    [InlineData("python", "never-stored", HttpStatusCode.NotFound)]
    [InlineData("csharp", "never-stored", HttpStatusCode.NotFound)]
    [InlineData("python", "../etc/passwd", HttpStatusCode.BadRequest)]
    [InlineData("csharp", "../etc/passwd", HttpStatusCode.BadRequest)]
    public async Task A_fetch_without_a_trace_gets_an_error(string probe, string id, HttpStatusCode expected)
    {
        using HttpClient http = ProbeHttp.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, Uri(probe));
        request.Headers.Add("X-Probe-Fetch", id);
        using HttpResponseMessage response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(["1"], response.Headers.GetValues("X-Probe-Version"));
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(doc.RootElement.TryGetProperty("error", out _));
    }

    [Theory]
    [MemberData(nameof(Probes))]
    public async Task Raise_before_start_is_recorded_and_stored(string probe)
    {
        ProbeOutcome outcome = await ProbeHttp.RunAsync(Uri(probe), new ProbeCase("raise-before-start", """{"raise":"before_start"}""", Status: 500));

        Assert.Equal(500, outcome.Status);
        Assert.Equal(["invoke", "app.raise", "end"], outcome.StoredTrace.Events.Select(e => e.Kind));
        Assert.Equal("RuntimeError: probe: raise before_start", outcome.StoredTrace.Events[1].Error);
    }

    private Uri Uri(string probe) => probe == "python" ? servers.Python : servers.CSharp;
}
