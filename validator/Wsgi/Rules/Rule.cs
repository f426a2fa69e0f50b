namespace Wsgi.Catalogue;

/// <summary>One requirement of the WSGI contract, declared once.</summary>
/// <param name="Id">Stable dotted id, never reused (<c>start_response.status.format</c>).</param>
/// <param name="Party">Who the rule binds.</param>
/// <param name="Level">The keyword, which decides the outcome when the rule breaks.</param>
/// <param name="LevelText">The level as the catalogue states it, with its qualifier (<c>MUST (implied)</c>, <c>ext (RFC 9110 §8.6)</c>).</param>
/// <param name="Group">The catalogue group (PEP 3333 section) the rule sits in.</param>
/// <param name="Section">The PEP 3333 section(s) the rule comes from.</param>
/// <param name="Summary">What the rule requires, in one sentence.</param>
/// <param name="Quote">A short quote of the PEP (or, in brackets, the other source) that states it.</param>
/// <param name="Anchors">Which existing checkers enforce it (wsgiref.validate WR, werkzeug lint WZ, paste.lint PL, Rack::Lint RK).</param>
/// <param name="Observability">How it can be observed: B wire, E environ echo, P in-process probe, D documentation, — nothing.</param>
public sealed record Rule(
    string Id,
    Party Party,
    Level Level,
    string LevelText,
    RuleGroup Group,
    string Section,
    string Summary,
    string Quote,
    string Anchors,
    string Observability)
{
    /// <summary>Whether the rule comes from outside PEP 3333 (HTTP, CGI, a lint heuristic).</summary>
    public bool IsExtension => LevelText.StartsWith("ext", StringComparison.Ordinal);

    /// <summary>Whether something can ever break the rule (a MAY is a permission, nothing to fail).</summary>
    public bool IsObservable => Observability is not ("—" or "D") && Level != Level.May;

    /// <inheritdoc/>
    public override string ToString() => Id;
}
