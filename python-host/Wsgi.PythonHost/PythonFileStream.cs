using Python.Runtime;

namespace Wsgi.PythonHost;

/// <summary>The <see cref="Stream"/> a C# <c>wsgi.file_wrapper</c> gets for the app's Python
/// file-like object: <c>Read</c> is <c>filelike.read(n)</c> on the interpreter thread, disposing is
/// <c>filelike.close()</c> when it has one (PEP 3333: the wrapper's close() closes the file).
/// Read-only, not seekable.</summary>
internal sealed class PythonFileStream(Marshaller marshaller, PyObject filelike) : Stream
{
    private PyObject? _filelike = filelike;
    private byte[] _pending = [];
    private int _pendingStart;

    /// <summary>The Python file-like object, or <see cref="IntPtr.Zero"/> once closed.</summary>
    public IntPtr Handle => _filelike is { } f ? LibPython.Ptr(f) : IntPtr.Zero;

    public override bool CanRead => _filelike is not null;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("a Python file-like object given to wsgi.file_wrapper has no length here");

    public override long Position
    {
        get => throw new NotSupportedException("a Python file-like object given to wsgi.file_wrapper is read forward only");
        set => throw new NotSupportedException("a Python file-like object given to wsgi.file_wrapper is read forward only");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        if (_pendingStart == _pending.Length)
        {
            IntPtr handle = Handle;
            ObjectDisposedException.ThrowIf(handle == IntPtr.Zero, this);
            int size = buffer.Length;
            _pending = marshaller.Run(() => marshaller.ReadFile(handle, size));
            _pendingStart = 0;
        }

        // read(n) may return more than n bytes (a broken file-like): the rest waits for the next Read.
        int n = Math.Min(buffer.Length, _pending.Length - _pendingStart);
        _pending.AsSpan(_pendingStart, n).CopyTo(buffer);
        _pendingStart += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("a Python file-like object given to wsgi.file_wrapper is read forward only");

    public override void SetLength(long value) => throw new NotSupportedException("a Python file-like object given to wsgi.file_wrapper is read-only");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("a Python file-like object given to wsgi.file_wrapper is read-only");

    protected override void Dispose(bool disposing)
    {
        var held = Interlocked.Exchange(ref _filelike, null);
        if (disposing && held is not null)
        {
            try
            {
                marshaller.Run(() =>
                {
                    Marshaller.CloseFile(LibPython.Ptr(held));
                    return 0;
                });
            }
            finally
            {
                marshaller.ReleaseLater(held);
            }
        }

        base.Dispose(disposing);
    }
}
