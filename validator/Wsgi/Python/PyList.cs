namespace Wsgi.Python;

/// <summary>A Python <c>list</c>: a mutable sequence. The response headers must be exactly this type.</summary>
public sealed class PyList : List<object?>
{
    /// <summary>An empty list.</summary>
    public PyList() { }

    /// <summary>A list holding <paramref name="items"/>.</summary>
    public PyList(IEnumerable<object?> items) : base(items) { }

    /// <inheritdoc/>
    public override string ToString() => Py.Repr(this);
}
