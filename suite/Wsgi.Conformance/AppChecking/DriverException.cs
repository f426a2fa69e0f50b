namespace Wsgi.Conformance.AppChecking;

/// <summary>The driver could not start, died, hung or broke its protocol; carries what the app wrote to stderr.</summary>
public sealed class DriverException : Exception
{
    /// <summary>An exception with the message and the end of the driver's stderr.</summary>
    public DriverException(string message, string stderrTail)
        : base(message) => StderrTail = stderrTail;

    /// <summary>An exception with the message only.</summary>
    public DriverException(string message)
        : this(message, "")
    {
    }

    /// <summary>An exception with the message and the inner exception.</summary>
    public DriverException(string message, Exception innerException)
        : base(message, innerException) => StderrTail = "";

    /// <summary>An exception with no message.</summary>
    public DriverException()
        : this("the driver failed")
    {
    }

    /// <summary>The last lines the driver (and the app) wrote to stderr.</summary>
    public string StderrTail { get; }

    /// <summary>The message followed by the stderr tail, for reports.</summary>
    public string Describe() => StderrTail.Length == 0 ? Message : $"{Message}; the app's stderr ended with:\n{StderrTail}";
}
