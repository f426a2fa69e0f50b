namespace Wsgi.Validator.Middleware;

/// <summary>What the validator does when a rule breaks.</summary>
public enum ValidatorMode
{
    /// <summary>Throw <see cref="Judging.WsgiViolationException"/> at the moment a MUST-level rule breaks (SHOULD-level ones are recorded).</summary>
    Strict,

    /// <summary>Record every violation and let the exchange go on.</summary>
    Collect,
}
