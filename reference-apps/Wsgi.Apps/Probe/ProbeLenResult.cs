using Wsgi.Python;

namespace Wsgi.Apps.Probe;

/// <summary>The closable result with an exact <c>__len__</c>: the number of items it yields.</summary>
internal sealed class ProbeLenResult(ProbeExchange exchange, ProbeSteps steps) : ProbeResult(exchange, steps), IPyLen
{
    /// <inheritdoc/>
    public int Len() => Exchange.Scenario.Body.Count(s => s.Yields);
}
