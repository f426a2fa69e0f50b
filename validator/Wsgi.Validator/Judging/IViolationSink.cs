namespace Wsgi.Validator.Judging;

/// <summary>Where the judge sends violations. Strict sinks throw; collecting sinks record and return.</summary>
public interface IViolationSink
{
    /// <summary>Receives one violation, at the moment the rule breaks.</summary>
    void Report(Violation violation);
}
