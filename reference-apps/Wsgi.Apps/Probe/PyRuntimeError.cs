namespace Wsgi.Apps.Probe;

/// <summary>Python's <c>RuntimeError</c>: what the probe raises when a scenario asks it to.</summary>
internal sealed class PyRuntimeError(string message) : Exception(message);
