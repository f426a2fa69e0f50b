namespace Wsgi.Python;

/// <summary>Python's <c>AttributeError</c>.</summary>
public sealed class PyAttributeError(string typeName, string name)
    : Exception($"'{typeName}' object has no attribute '{name}'");
