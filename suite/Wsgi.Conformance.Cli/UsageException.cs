namespace Wsgi.Conformance.Cli;

/// <summary>A user error the CLI reports in one line and exits 2 for: says what was wrong, with the value, and what to do.</summary>
internal sealed class UsageException(string message) : Exception(message);
