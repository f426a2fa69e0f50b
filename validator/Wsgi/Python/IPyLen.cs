namespace Wsgi.Python;

/// <summary>An object with <c>__len__</c>. A result iterable that has one promises exactly that many items.</summary>
public interface IPyLen
{
    /// <summary>Python's <c>len(obj)</c>.</summary>
    int Len();
}
