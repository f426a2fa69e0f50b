namespace Wsgi.Python;

/// <summary>Python's <c>TypeError</c>: a call with the wrong arguments.</summary>
public sealed class PyTypeError(string message) : Exception(message);
