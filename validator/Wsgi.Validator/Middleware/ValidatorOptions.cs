using Wsgi.Validator.Judging;

namespace Wsgi.Validator.Middleware;

/// <summary>How a <see cref="ValidatorMiddleware"/> behaves.</summary>
public sealed class ValidatorOptions
{
    /// <summary>Strict (throw) or collect (record and go on). Strict by default, like wsgiref.validate.</summary>
    public ValidatorMode Mode { get; init; } = ValidatorMode.Strict;

    /// <summary>Where violations go; by default a <see cref="ViolationLog"/> (see <see cref="ValidatorMiddleware.Log"/>).</summary>
    public IViolationSink? Sink { get; init; }

    /// <summary>Record a <see cref="Tracing.Trace"/> per exchange (costs allocations; off by default).</summary>
    public bool RecordTraces { get; init; }

    /// <summary>Called once per exchange when it ends, with the judge (and its trace when recorded).</summary>
    public Action<ExchangeJudge>? ExchangeEnded { get; init; }
}
