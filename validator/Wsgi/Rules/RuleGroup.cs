namespace Wsgi.Catalogue;

/// <summary>A group of rules: one section of PEP 3333 as the catalogue orders them.</summary>
/// <param name="Number">1-based position in the catalogue.</param>
/// <param name="Title">The section's title.</param>
public sealed record RuleGroup(int Number, string Title)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Number}. {Title}";
}
