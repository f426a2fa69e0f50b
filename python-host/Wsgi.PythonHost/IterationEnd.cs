namespace Wsgi.PythonHost;

/// <summary>What a bridge's enumeration step returns when the C# enumeration is over; Python sees
/// the module's <c>END</c> sentinel and raises StopIteration.</summary>
internal sealed class IterationEnd
{
    public static readonly IterationEnd Instance = new();

    private IterationEnd()
    {
    }
}
