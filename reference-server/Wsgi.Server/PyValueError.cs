namespace Wsgi.Server;

/// <summary>Python's <c>ValueError</c>: an argument of the right type with a wrong value (for
/// example a status line or header value the server refuses to put on the wire).</summary>
public sealed class PyValueError(string message) : Exception(message);
