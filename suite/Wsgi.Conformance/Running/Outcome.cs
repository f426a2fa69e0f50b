namespace Wsgi.Conformance.Running;

/// <summary>How a case ended. Exactly one per case, whatever the server did.</summary>
public enum Outcome
{
    /// <summary>Every rule of the case held.</summary>
    Pass,

    /// <summary>A MUST (or MUST NOT) rule broke.</summary>
    Fail,

    /// <summary>A SHOULD (or SHOULD NOT) rule broke.</summary>
    Warn,

    /// <summary>Behaviour recorded where the PEP allows a choice (MAY).</summary>
    Info,

    /// <summary>An optional feature is absent.</summary>
    Unsupported,

    /// <summary>The harness could not decide; the message says why.</summary>
    Error,
}
