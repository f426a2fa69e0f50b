namespace Wsgi.Validator.Judging;

/// <summary>A thread-safe record of violations. In strict mode a MUST-level violation is recorded
/// and then thrown as <see cref="WsgiViolationException"/>; SHOULD-level ones are only recorded
/// (like wsgiref.validate's warnings).</summary>
public sealed class ViolationLog(bool strict) : IViolationSink
{
    private readonly List<Violation> _violations = [];

    /// <summary>Whether MUST-level violations throw.</summary>
    public bool Strict => strict;

    /// <summary>A copy of everything recorded so far, in order.</summary>
    public IReadOnlyList<Violation> Violations
    {
        get
        {
            lock (_violations)
            {
                return [.. _violations];
            }
        }
    }

    /// <summary>Forgets everything recorded.</summary>
    public void Clear()
    {
        lock (_violations)
        {
            _violations.Clear();
        }
    }

    /// <inheritdoc/>
    public void Report(Violation violation)
    {
        lock (_violations)
        {
            _violations.Add(violation);
        }

        if (strict && violation.IsFatal)
        {
            throw new WsgiViolationException(violation);
        }
    }
}
