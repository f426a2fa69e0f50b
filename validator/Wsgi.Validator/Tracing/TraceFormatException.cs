namespace Wsgi.Validator.Tracing;

/// <summary>A trace file that cannot be read: says what was wrong and where.</summary>
public sealed class TraceFormatException(string message) : Exception(message);
