namespace Wsgi.Conformance.Properties;

/// <summary>The oracle's answer for one request: every environ key it has a requirement for, the
/// <c>HTTP_*</c> keys trailer fields would make (which must not appear), and the bytes wsgi.input must give.</summary>
/// <param name="Entries">The requirements, one per key.</param>
/// <param name="TrailerKeys">The <c>HTTP_*</c> keys of the trailer fields.</param>
/// <param name="Input">The body after de-chunking.</param>
/// <param name="Chunked">Whether the body was chunked.</param>
public sealed record ExpectedEnviron(IReadOnlyList<ExpectedEntry> Entries, IReadOnlySet<string> TrailerKeys, byte[] Input, bool Chunked)
{
    /// <summary>The requirement for <paramref name="key"/>, if any.</summary>
    public ExpectedEntry? this[string key] => Entries.FirstOrDefault(e => e.Key == key);
}
