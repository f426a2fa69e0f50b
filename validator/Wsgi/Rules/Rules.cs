using System.Collections.Frozen;

namespace Wsgi.Catalogue;

/// <summary>The rule catalogue: every requirement of PEP 3333 (and the HTTP/CGI extensions the
/// checkers enforce), declared once, grouped as the PEP's sections, in the PEP's order.</summary>
public static partial class Rules
{
    /// <summary>Every rule in catalogue order.</summary>
    public static IReadOnlyList<Rule> All => Index.All;

    /// <summary>Every group in order.</summary>
    public static IReadOnlyList<RuleGroup> Groups => Index.Groups;

    /// <summary>The rule with <paramref name="id"/>, or <c>null</c>.</summary>
    public static Rule? Find(string id) => Index.ById.GetValueOrDefault(id);

    /// <summary>The rule with <paramref name="id"/>; throws <see cref="KeyNotFoundException"/> naming the id when absent.</summary>
    public static Rule Get(string id) => Find(id) ?? throw new KeyNotFoundException($"no rule with id '{id}' in the catalogue");

    // A nested holder: its initialiser runs only after every partial part of Rules has initialised
    // its fields, whatever order the compiler sees the files in.
    private static class Index
    {
        public static readonly Rule[] All = [..InGroup01, ..InGroup02, ..InGroup03, ..InGroup04, ..InGroup05, ..InGroup06, ..InGroup07, ..InGroup08, ..InGroup09, ..InGroup10, ..InGroup11, ..InGroup12, ..InGroup13, ..InGroup14, ..InGroup15, ..InGroup16, ..InGroup17, ..InGroup18];

        public static readonly RuleGroup[] Groups = [Group01, Group02, Group03, Group04, Group05, Group06, Group07, Group08, Group09, Group10, Group11, Group12, Group13, Group14, Group15, Group16, Group17, Group18];

        public static readonly FrozenDictionary<string, Rule> ById = All.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
    }
}
