namespace Wsgi.Server;

/// <summary>Python's <c>AssertionError</c>, which Python servers (wsgiref) raise for a fatal
/// protocol error by the application: <c>start_response</c> called twice without <c>exc_info</c>,
/// a hop-by-hop header, <c>write()</c> before <c>start_response</c>.</summary>
public sealed class PyAssertionError(string message) : Exception(message);
