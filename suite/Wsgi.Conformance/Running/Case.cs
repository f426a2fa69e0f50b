using Wsgi.Catalogue;

namespace Wsgi.Conformance.Running;

/// <summary>One conformance case: which rules it judges, and what the harness does to judge them.
/// Its id is a rule id, or <c>rule.id/variant</c>.</summary>
/// <param name="Id">Stable id (never a position).</param>
/// <param name="Title">One line saying what is checked.</param>
/// <param name="Rules">The rules the case judges; violations of other rules are left to their own cases.</param>
/// <param name="Run">Performs the exchanges and records evidence.</param>
public sealed record Case(string Id, string Title, IReadOnlyList<Rule> Rules, Func<CaseContext, Evidence, Task> Run)
{
    /// <summary>The PEP section (catalogue group) of the case's first rule.</summary>
    public RuleGroup Group => Rules[0].Group;

    /// <summary>The most severe level among the rules.</summary>
    public Level Level => Rules.Select(r => r.Level).Min();

    /// <inheritdoc/>
    public override string ToString() => Id;
}
