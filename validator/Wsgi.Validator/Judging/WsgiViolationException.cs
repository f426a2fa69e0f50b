namespace Wsgi.Validator.Judging;

/// <summary>Thrown in strict mode at the moment a MUST-level rule breaks; names the rule.</summary>
public sealed class WsgiViolationException(Violation violation) : Exception(violation.ToString())
{
    /// <summary>The violation.</summary>
    public Violation Violation => violation;

    /// <summary>The broken rule's id.</summary>
    public string RuleId => violation.RuleId;
}
