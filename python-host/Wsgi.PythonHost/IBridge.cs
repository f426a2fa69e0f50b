namespace Wsgi.PythonHost;

/// <summary>A C# object behind one of the host module's Python protocol objects (held there as
/// <c>_b</c>). Its public methods are what the Python object calls; when Python hands the object
/// back, C# gets <see cref="Target"/>.</summary>
internal interface IBridge
{
    /// <summary>The C# object the Python object stands for.</summary>
    object Target { get; }
}
