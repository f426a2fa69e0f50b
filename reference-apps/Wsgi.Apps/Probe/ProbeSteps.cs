using System.Text;
using Wsgi.Python;

namespace Wsgi.Apps.Probe;

/// <summary>Runs the scenario's body steps one <c>next()</c> at a time, with the start_response
/// calls a scenario defers into the iteration (<c>start_in: iter</c>, <c>start_again.after</c>).</summary>
internal sealed class ProbeSteps(ProbeExchange exchange, PyCallable startResponse)
{
    private int _index;
    private bool _started = !exchange.Scenario.StartInIter;

    /// <summary>Whether the second start_response is done (or there is none).</summary>
    public bool AgainDone { get; set; } = exchange.Scenario.StartAgain is null;

    /// <summary>The next bytes to yield, or <c>null</c> at the end; throws what a raise step asks.</summary>
    public byte[]? NextItem()
    {
        ProbeScenario s = exchange.Scenario;
        if (!_started)
        {
            _started = true;
            exchange.StartResponse(startResponse, s.Status, s.Headers);
        }

        while (true)
        {
            if (!AgainDone && s.StartAgain!.After <= _index)
            {
                AgainDone = true;
                exchange.StartAgain(startResponse);
            }

            if (_index >= s.Body.Count)
            {
                return null;
            }

            ProbeStep step = s.Body[_index++];
            switch (step.Kind)
            {
                case ProbeStepKind.Data: return step.Data;
                case ProbeStepKind.Trace: return Encoding.UTF8.GetBytes(exchange.TraceText());
                case ProbeStepKind.Sleep: Thread.Sleep(step.SleepMs); break;
                default: throw new PyRuntimeError(step.Message ?? "");
            }
        }
    }
}
