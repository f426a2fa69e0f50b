using System.Collections;

namespace Wsgi.Python;

/// <summary>A Python <c>tuple</c>: an immutable sequence. WSGI wants tuples for header pairs,
/// <c>wsgi.version</c> and <c>exc_info</c>; a <see cref="PyList"/> in their place is a violation.</summary>
public sealed class PyTuple : IReadOnlyList<object?>
{
    private readonly object?[] _items;

    /// <summary>Creates a tuple holding <paramref name="items"/> (copied).</summary>
    public PyTuple(params ReadOnlySpan<object?> items) => _items = items.ToArray();

    /// <inheritdoc/>
    public object? this[int index] => _items[index];

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => Py.Repr(this);
}
