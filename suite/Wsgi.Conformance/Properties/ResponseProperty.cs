using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Running;

namespace Wsgi.Conformance.Properties;

/// <summary>The response property: each generated response is asked of the probe (its scenario scripts the
/// status, fields, writes and items) and the wire is compared with <see cref="ResponseOracle"/>.</summary>
internal static class ResponseProperty
{
    /// <summary>The case body.</summary>
    public static Task RunAsync(CaseContext ctx, Evidence ev, string caseId) =>
        PropertyCheck.RunAsync(ctx, ev, caseId, "response", ResponseArbitraries.Responses(), SendAsync,
            results => $"{results.Count} generated responses arrived as the oracle says (seed {ctx.Seed}: {results.Count(r => r.Example.Head)} HEAD, " +
                $"{results.Count(r => r.Example.Http10)} HTTP/1.0, {results.Count(r => r.Example.Items.Any(i => i.Length == 0))} with empty items, " +
                $"{results.Count(r => r.Example.Writes.Count > 0)} with write())");

    /// <summary>Asks the probe for <paramref name="response"/> and compares the wire with the oracle.</summary>
    public static async Task<ExampleResult<GeneratedResponse>> SendAsync(CaseContext ctx, GeneratedResponse response)
    {
        var scratch = new Evidence();
        var request = new ProbeRequest
        {
            Method = response.Head ? "HEAD" : "GET",
            Version = response.Http10 ? "HTTP/1.0" : "HTTP/1.1",
            Scenario = response.ToScenario(),
            LingerMs = response.Head ? 300 : 0,
        };
        var (wire, trace) = await ctx.ProbeAsync(scratch, request).ConfigureAwait(false);
        List<Mismatch> mismatches = ResponseOracle.Compare(response, wire, out string? problem);
        return new ExampleResult<GeneratedResponse>(response, wire.Request, wire, trace, problem, mismatches);
    }
}
