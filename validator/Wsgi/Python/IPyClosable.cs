namespace Wsgi.Python;

/// <summary>An object with a <c>close()</c> method, as in Python's <c>hasattr(result, "close")</c>.</summary>
public interface IPyClosable
{
    /// <summary>Python's <c>close()</c>.</summary>
    void Close();
}
