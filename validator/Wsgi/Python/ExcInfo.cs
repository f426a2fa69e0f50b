namespace Wsgi.Python;

/// <summary>Builds and reads Python's <c>sys.exc_info()</c> triple, <c>(type, value, traceback)</c>.</summary>
public static class ExcInfo
{
    /// <summary>The triple for a caught exception: <c>(e.GetType(), e, e.StackTrace)</c>.</summary>
    public static PyTuple From(Exception e) => new(e.GetType(), e, e.StackTrace);

    /// <summary>The exception value of a well-formed triple, or <c>null</c>.</summary>
    public static Exception? ValueOf(object? excInfo) =>
        excInfo is PyTuple { Count: 3 } t ? t[1] as Exception : null;
}
