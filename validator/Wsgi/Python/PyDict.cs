namespace Wsgi.Python;

/// <summary>A Python builtin <c>dict</c>. The environ must be exactly this type: a subclass
/// (any type deriving from it) models a Python <c>dict</c> subclass, which PEP 3333 forbids.</summary>
public class PyDict : Dictionary<object, object?>
{
    /// <summary>An empty dict.</summary>
    public PyDict() : base(PyKeyComparer.Instance) { }

    /// <summary>An empty dict sized for <paramref name="capacity"/> entries.</summary>
    public PyDict(int capacity) : base(capacity, PyKeyComparer.Instance) { }

    /// <summary>A shallow copy of <paramref name="other"/>, like <c>dict(other)</c>.</summary>
    public PyDict(IDictionary<object, object?> other) : base(other, PyKeyComparer.Instance) { }

    /// <summary>The value under a native-string key, or <c>null</c> (Python's <c>environ.get(key)</c>).</summary>
    public object? Get(string key) => TryGetValue(key, out var v) ? v : null;

    /// <inheritdoc/>
    public override string ToString() => Py.Repr(this);

    /// <summary>Python key equality: strings by ordinal value, bytes by content, the rest by Equals.</summary>
    private sealed class PyKeyComparer : IEqualityComparer<object>
    {
        public static readonly PyKeyComparer Instance = new();

        public new bool Equals(object? x, object? y) => (x, y) switch
        {
            (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
            (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
            _ => object.Equals(x, y),
        };

        public int GetHashCode(object obj) => obj switch
        {
            string s => string.GetHashCode(s, StringComparison.Ordinal),
            byte[] b => b.Length == 0 ? 0 : HashCode.Combine(b.Length, b[0], b[^1]),
            _ => obj.GetHashCode(),
        };
    }
}
