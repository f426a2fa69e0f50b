namespace Wsgi.Conformance.Targets;

/// <summary>A target server could not be started or did not become ready; the message says which
/// process, what it printed last and what to do.</summary>
public sealed class TargetStartException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public TargetStartException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public TargetStartException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public TargetStartException()
    {
    }
}
