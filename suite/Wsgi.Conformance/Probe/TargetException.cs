namespace Wsgi.Conformance.Probe;

/// <summary>The target cannot be tested at all (does not answer, or answers without the probe). Exit 2.</summary>
public sealed class TargetException(string message) : Exception(message);
