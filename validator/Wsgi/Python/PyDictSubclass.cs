namespace Wsgi.Python;

/// <summary>A dict subclass known by its Python type name (read back from a trace, or built by a
/// broken server double): everything a dict is, but not a builtin dict.</summary>
public sealed class PyDictSubclass(string typeName) : PyDict
{
    /// <summary>The Python type name, like <c>OrderedDict</c>.</summary>
    public string TypeName => typeName;
}
