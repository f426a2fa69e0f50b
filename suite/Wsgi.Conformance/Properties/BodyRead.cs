namespace Wsgi.Conformance.Properties;

/// <summary>How much of the request body the probe reads in a keep-alive sequence.</summary>
public enum BodyRead
{
    /// <summary>All of it, with one read(n).</summary>
    All,

    /// <summary>The first half.</summary>
    Half,

    /// <summary>None of it.</summary>
    None,
}
