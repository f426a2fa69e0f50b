using Python.Runtime;

namespace Wsgi.PythonHost;

/// <summary>A Python exception that escaped the hosted application (its call, an iteration step,
/// <c>close()</c>), or one the application handed over as a value (the <c>exc_info</c> of
/// <c>start_response</c>). Carries Python's type name, message and formatted traceback.</summary>
/// <remarks>An exception a C# callback raised into Python (a validator's WsgiViolationException, an
/// I/O error of the server's stream) is not wrapped: when it escapes the app, the caller gets that
/// original exception back, with the Python traceback under <see cref="TracebackKey"/> in its
/// <see cref="Exception.Data"/>. When the app raised something else while handling it, this
/// exception comes with the original as <see cref="Exception.InnerException"/>.</remarks>
public sealed class PythonAppException : Exception
{
    /// <summary>The <see cref="Exception.Data"/> key under which an original C# exception that
    /// went through Python carries the Python traceback text.</summary>
    public const string TracebackKey = "python.traceback";

    internal PythonAppException(string pythonType, string pythonMessage, string pythonTraceback, Exception? innerException, PyObject? value = null)
        : base(pythonMessage.Length == 0 ? pythonType : $"{pythonType}: {pythonMessage}", innerException)
    {
        PythonType = pythonType;
        PythonMessage = pythonMessage;
        PythonTraceback = pythonTraceback;
        Value = value;
    }

    /// <summary>The exception's Python type name, like <c>ValueError</c> or <c>werkzeug.exceptions.NotFound</c>.</summary>
    public string PythonType { get; }

    /// <summary><c>str(exception)</c>.</summary>
    public string PythonMessage { get; }

    /// <summary>The formatted traceback, as Python prints it (<c>Traceback (most recent call last): ...</c>).</summary>
    public string PythonTraceback { get; }

    /// <summary>The live Python exception when this one stands for an <c>exc_info</c> value: raising
    /// this exception back into Python raises that very object again.</summary>
    internal PyObject? Value { get; }

    /// <summary>The Python traceback of <paramref name="e"/>: its own for a
    /// <see cref="PythonAppException"/>, the one recorded under <see cref="TracebackKey"/> for a C#
    /// exception that went through Python, else <c>null</c>.</summary>
    public static string? TracebackOf(Exception e) =>
        e is PythonAppException p ? p.PythonTraceback : e.Data[TracebackKey] as string;

    /// <inheritdoc/>
    public override string ToString() =>
        $"{GetType().FullName}: {Message}{Environment.NewLine}{PythonTraceback.TrimEnd()}{Environment.NewLine}{StackTrace}" +
        (InnerException is null ? "" : $"{Environment.NewLine} ---> {InnerException}");
}
