using Wsgi.Catalogue;

namespace Wsgi.Conformance.Properties;

/// <summary>One difference between what the server gave and what the oracle requires.</summary>
/// <param name="Rule">The rule it breaks.</param>
/// <param name="Subject">What differs (<c>environ['PATH_INFO']</c>, <c>wsgi.input.read(12)</c>).</param>
/// <param name="Expected">What the oracle accepts, as Python reprs.</param>
/// <param name="Actual">What the server gave, as a Python repr.</param>
public sealed record Mismatch(Rule Rule, string Subject, string Expected, string Actual)
{
    /// <inheritdoc/>
    public override string ToString() => $"[{Rule.Id}] {Subject}: expected {Expected}; got {Actual}";
}
