using Wsgi.Python;

namespace Wsgi.Server;

/// <summary><c>wsgi.input</c> over the request body, with Python's buffered-reader semantics:
/// <c>read(n)</c> blocks until it has n bytes or the body ends, <c>read()</c> and
/// <c>readline()</c> read to the end, every read returns bytes and <c>b''</c> at the end.
/// Kestrel ends the stream at Content-Length (never reading past it) and decodes chunked bodies;
/// the first read is what sends "100 Continue" when the client asked for it.</summary>
internal sealed class RequestInput(Stream body) : WsgiInput
{
    private const int BlockSize = 8192;
    private static readonly byte[] Empty = [];

    private byte[] _buffer = Empty;
    private int _start;
    private int _end;
    private bool _eof;

    private int Buffered => _end - _start;

    /// <inheritdoc/>
    public override object? Read(params ReadOnlySpan<object?> args)
    {
        long size = SizeArgument(args, "read");
        if (size == 0)
        {
            return Empty;
        }

        if (size < 0)
        {
            return ReadToEnd();
        }

        while (Buffered < size && Fill(size))
        {
        }

        return Take((int)Math.Min(size, Buffered));
    }

    /// <inheritdoc/>
    public override object? ReadLine(params ReadOnlySpan<object?> args)
    {
        long size = SizeArgument(args, "readline");
        if (size == 0)
        {
            return Empty;
        }

        int searched = 0;
        while (true)
        {
            int nl = _buffer.AsSpan(_start + searched, Buffered - searched).IndexOf((byte)'\n');
            if (nl >= 0)
            {
                int length = searched + nl + 1;
                return Take(size >= 0 && size < length ? (int)size : length);
            }

            if (size >= 0 && Buffered >= size)
            {
                return Take((int)size);
            }

            searched = Buffered;
            if (!Fill(size < 0 ? -1 : size))
            {
                return Take(size >= 0 ? (int)Math.Min(size, Buffered) : Buffered);
            }
        }
    }

    private byte[] ReadToEnd()
    {
        while (Fill(-1))
        {
        }

        return Take(Buffered);
    }

    private byte[] Take(int n)
    {
        if (n == 0)
        {
            return Empty;
        }

        byte[] chunk = _buffer.AsSpan(_start, n).ToArray();
        _start += n;
        return chunk;
    }

    /// <summary>Reads one more block from the body into the buffer (growing it when the caller
    /// needs more than fits); <c>false</c> at the end of the body.</summary>
    private bool Fill(long wanted)
    {
        if (_eof)
        {
            return false;
        }

        if (_start > 0 && _start == _end)
        {
            _start = _end = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, Buffered);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                long target = Math.Max(BlockSize, (long)_buffer.Length * 2);
                if (wanted > 0)
                {
                    target = Math.Min(target, Math.Max(wanted, BlockSize));
                }

                Array.Resize(ref _buffer, (int)Math.Min(target, Array.MaxLength));
            }
        }

        int n;
        try
        {
            n = body.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (IOException e) when (e.InnerException is OverflowException)
        {
            // Kestrel reports a chunk size too large for its integers (RFC 9112 §7.1: "2^64+5" must
            // not wrap) as a bare IOException; it is the client's malformed framing, so a 400.
            throw new Microsoft.AspNetCore.Http.BadHttpRequestException($"Bad chunk size data: too large ({e.Message})", Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest, e);
        }

        if (n == 0)
        {
            _eof = true;
            return false;
        }

        _end += n;
        return true;
    }
}
