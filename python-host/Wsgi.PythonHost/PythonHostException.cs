namespace Wsgi.PythonHost;

/// <summary>The Python host cannot do what was asked: libpython is missing or cannot be loaded, the
/// interpreter did not start, or an application cannot be imported. The message says what was
/// wrong, with the path or name, and what to do.</summary>
public sealed class PythonHostException : Exception
{
    /// <summary>A host error with no Python traceback behind it.</summary>
    public PythonHostException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>A host error caused by Python code (an import that raised).</summary>
    public PythonHostException(string message, string pythonTraceback, Exception? innerException = null)
        : base(message, innerException) => PythonTraceback = pythonTraceback;

    /// <summary>The formatted Python traceback when Python raised, else <c>null</c>.</summary>
    public string? PythonTraceback { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        PythonTraceback is null ? base.ToString() : $"{base.ToString()}{Environment.NewLine}{PythonTraceback}";
}
