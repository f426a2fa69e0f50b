using System.Collections;
using System.Globalization;
using Wsgi.Python;

namespace Wsgi.Apps;

/// <summary>Serves a file through <c>environ['wsgi.file_wrapper'](filelike, 4096)</c>, falling back to
/// reading blocks itself when the server offers no file_wrapper. The file is a path on disk or, by
/// default, an in-memory stream of <see cref="DefaultContent"/>.</summary>
/// <param name="path">A file to serve, or <c>null</c> for the in-memory content.</param>
public sealed class FileApp(string? path = null) : WsgiApplication
{
    /// <summary>The block size asked of the file wrapper.</summary>
    public const int BlockSize = 4096;

    /// <summary>The in-memory content: 10,000 bytes, so that it spans several blocks.</summary>
    public static ReadOnlyMemory<byte> DefaultContent { get; } =
        Enumerable.Range(0, 10_000).Select(i => (byte)('a' + i % 26)).ToArray();

    /// <inheritdoc/>
    public override string Name => "file";

    /// <inheritdoc/>
    protected override object? Call(PyDict environ, PyCallable startResponse)
    {
        Stream file = path is null ? new MemoryStream(DefaultContent.ToArray(), writable: false) : File.OpenRead(path);
        startResponse.Call("200 OK", Headers(
            ("Content-Type", "application/octet-stream"),
            ("Content-Length", file.Length.ToString(CultureInfo.InvariantCulture))));
        return environ.Get("wsgi.file_wrapper") is PyCallable fileWrapper
            ? fileWrapper.Call(file, BlockSize)
            : new FileWrapper(file, BlockSize);
    }
}
