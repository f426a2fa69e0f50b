namespace Wsgi.Python;

/// <summary>A Python object known only from a trace: its type name, its <c>repr</c> (cut) and the
/// attribute names that matter to WSGI (for example <c>read</c>, <c>close</c>, <c>__iter__</c>).</summary>
/// <param name="TypeName">The qualified Python type name, like <c>_io.BufferedReader</c>.</param>
/// <param name="ReprText">The object's <c>repr</c> as recorded.</param>
/// <param name="Attributes">The WSGI-relevant attributes the object has.</param>
public sealed record PyOpaque(string TypeName, string ReprText, IReadOnlyList<string> Attributes)
{
    /// <summary>Whether the recorded object had attribute <paramref name="name"/>.</summary>
    public bool HasAttr(string name) => Attributes.Contains(name, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => ReprText;
}
