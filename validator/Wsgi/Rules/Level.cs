namespace Wsgi.Catalogue;

/// <summary>A rule's keyword. A broken MUST is a <c>fail</c>, a broken SHOULD a <c>warn</c>, a MAY records <c>info</c>.</summary>
public enum Level
{
    /// <summary>MUST.</summary>
    Must,

    /// <summary>MUST NOT.</summary>
    MustNot,

    /// <summary>SHOULD.</summary>
    Should,

    /// <summary>SHOULD NOT.</summary>
    ShouldNot,

    /// <summary>MAY: a permission.</summary>
    May,
}
