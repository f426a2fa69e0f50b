namespace Wsgi.PythonHost;

/// <summary>How a callback converts its positional arguments.</summary>
internal enum ArgumentKind
{
    /// <summary>Every argument by value.</summary>
    Plain,

    /// <summary><c>wsgi.file_wrapper(filelike, ...)</c>: a first argument with <c>read</c> becomes a
    /// <see cref="System.IO.Stream"/> over the Python object, as the C# file_wrapper expects.</summary>
    FileWrapper,

    /// <summary><c>writelines(seq)</c>: an iterable argument that is not a list or tuple (a generator)
    /// is read into a list first, since the C# side may go over it twice.</summary>
    Lines,
}
