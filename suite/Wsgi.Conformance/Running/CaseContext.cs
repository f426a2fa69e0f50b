using System.Text;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Probe;
using Trace = Wsgi.Validator.Tracing.Trace;

namespace Wsgi.Conformance.Running;

/// <summary>What a case runs with: the probe client, the target, a seeded random source, and helpers
/// that send requests and record them in the case's evidence.</summary>
public sealed class CaseContext(ProbeClient probe, string caseId, int seed, CancellationToken cancellationToken, int examples = 100, int? replay = null)
{
    private int _requests;

    /// <summary>The probe client.</summary>
    public ProbeClient Probe => probe;

    /// <summary>The server under test.</summary>
    public Target Target => probe.Target;

    /// <summary>Cancelled when the case's time is up.</summary>
    public CancellationToken Token => cancellationToken;

    /// <summary>A random source seeded from the run's seed and the case id (reproducible per case).</summary>
    // Not HashCode.Combine: it is randomised per process, and the same seed must give the same run.
    public Random Random { get; } = new(unchecked((seed * 1_000_003) ^ StableHash(caseId)));

    /// <summary>The run's seed (for replay hints).</summary>
    public int Seed => seed;

    /// <summary>How many generated requests a property case sends (<see cref="RunOptions.Examples"/>).</summary>
    public int Examples => examples;

    /// <summary>When set, property cases run only the generated example with this index.</summary>
    public int? Replay => replay;

    /// <summary>The SCRIPT_NAME a correct server gives the probe.</summary>
    public string ScriptName => Target.Mount;

    /// <summary>Sends raw bytes and records the exchange.</summary>
    public async Task<RawExchange> SendAsync(Evidence evidence, RawRequest request)
    {
        RawExchange exchange = await probe.SendAsync(request, cancellationToken).ConfigureAwait(false);
        lock (evidence)
        {
            evidence.Exchanges.Add(exchange);
        }

        return exchange;
    }

    /// <summary>Sends a request to the probe and returns the exchange and the probe's trace (from the
    /// body, or fetched by id in scenario mode); a missing trace leaves <c>null</c> and a note.</summary>
    public async Task<(RawExchange Wire, Trace? Trace)> ProbeAsync(Evidence evidence, ProbeRequest request)
    {
        Scenario? scenario = request.Scenario;
        if (scenario is { Respond: "scenario", Id: null })
        {
            scenario = scenario with { Id = NewId() };
        }

        var headers = request.Headers.ToList();
        if (scenario is not null)
        {
            headers.Add(("X-Probe", scenario.ToHeaderValue()));
        }

        byte[] all = RequestBytes.Build(Target, request.Method, Target.Mount + request.Path, headers, request.Body, request.Version, request.AddContentLength);
        var raw = new RawRequest
        {
            Parts = Split(all, request),
            NoBody = [request.Method == "HEAD"],
            DisconnectAfterBodyBytes = request.DisconnectAfterBodyBytes,
            LingerMs = request.LingerMs,
        };
        RawExchange wire = await SendAsync(evidence, raw).ConfigureAwait(false);
        Trace? trace;
        if (scenario is { Respond: "scenario" })
        {
            trace = await probe.FetchAsync(scenario.Id!, cancellationToken).ConfigureAwait(false);
            if (trace is null)
            {
                evidence.Notes.Add($"the probe stored no trace under {scenario.Id} within {probe.Timeout.TotalSeconds:0.#} s");
            }
        }
        else
        {
            trace = ProbeClient.TraceFrom(wire.Response, out string? problem);
            if (trace is null && problem is not null)
            {
                evidence.Notes.Add(problem);
            }
        }

        if (trace is not null)
        {
            lock (evidence)
            {
                trace.Wire = wire.ToWire();
                evidence.Traces.Add(trace);
            }
        }

        return (wire, trace);
    }

    private string NewId() => $"{StableHash(caseId):x8}{Interlocked.Increment(ref _requests):x2}{Random.Next():x8}";

    private static IReadOnlyList<RawPart> Split(byte[] all, ProbeRequest request)
    {
        if (request.BodyDelayMs is not int delay || request.Body is not { Length: > 0 } body)
        {
            return [new RawPart(all)];
        }

        int head = all.Length - body.Length;
        return [new RawPart(all[..head]), new RawPart(all[head..], delay, request.BodyAfterContinue)];
    }

    private static int StableHash(string s)
    {
        unchecked
        {
            int h = (int)2166136261;
            foreach (byte b in Encoding.UTF8.GetBytes(s))
            {
                h = (h ^ b) * 16777619;
            }

            return h;
        }
    }
}
