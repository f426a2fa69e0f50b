using System.Text.Json.Nodes;

namespace Wsgi.Apps.Tests.Infrastructure;

/// <summary>One scenario both probes run: the X-Probe JSON (an id is added per run), the request,
/// and what the response must be.</summary>
/// <param name="Name">The case name (a test row).</param>
/// <param name="Scenario">The scenario JSON, without <c>id</c>.</param>
/// <param name="Method">The request method.</param>
/// <param name="Body">The request body, if any.</param>
/// <param name="Status">The status code the response must have; <c>null</c> when the response is cut (a raise after data).</param>
/// <param name="ResponseBody">The exact body, in <c>"respond": "scenario"</c> mode.</param>
internal sealed record ProbeCase(string Name, string Scenario, string Method = "GET", string? Body = null, int? Status = 200, string? ResponseBody = null)
{
    /// <summary>The scenario JSON with <paramref name="id"/> added.</summary>
    public string ScenarioWithId(string id)
    {
        var node = JsonNode.Parse(Scenario)!.AsObject();
        node["id"] = id;
        return node.ToJsonString();
    }

    /// <summary>Whether the body is the trace.</summary>
    public bool TraceMode => !Scenario.Contains("\"respond\":\"scenario\"", StringComparison.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
