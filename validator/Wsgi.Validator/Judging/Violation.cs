using Wsgi.Catalogue;

namespace Wsgi.Validator.Judging;

/// <summary>One broken rule: which, where (the protocol object and member), what was expected
/// and what happened (a Python <c>repr</c>, escaped and cut), and at which trace event.</summary>
/// <param name="Rule">The rule that broke.</param>
/// <param name="Subject">The protocol object and member, like <c>wsgi.input.readline</c>.</param>
/// <param name="Expected">What the rule requires, as a short clause.</param>
/// <param name="Actual">What happened, with values rendered as Python reprs.</param>
/// <param name="EventIndex">The index of the trace event at which it broke.</param>
public sealed record Violation(Rule Rule, string Subject, string Expected, string Actual, int EventIndex)
{
    /// <summary>The rule's id.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The rule's level.</summary>
    public Level Level => Rule.Level;

    /// <summary>Whether the broken rule is a MUST or MUST NOT (a <c>fail</c>), not a SHOULD or MAY.</summary>
    public bool IsFatal => Rule.Level is Level.Must or Level.MustNot;

    /// <summary><c>[input.readline.size] wsgi.input.readline(5): must return at most 5 bytes; got b'hello world\n' (12 bytes)</c>.</summary>
    public override string ToString() => $"[{Rule.Id}] {Subject}: {Expected}; got {Actual}";
}
