using Wsgi.Python;

namespace Wsgi;

/// <summary>A correct <c>wsgi.input</c> over bytes held in memory (Python's <c>io.BytesIO</c> semantics).</summary>
public sealed class BytesInput(ReadOnlyMemory<byte> body) : WsgiInput
{
    private int _position;

    /// <summary>An input over no bytes.</summary>
    public static BytesInput Empty => new(ReadOnlyMemory<byte>.Empty);

    /// <summary>How many bytes the app has read so far.</summary>
    public int Position => _position;

    /// <inheritdoc/>
    public override object? Read(params ReadOnlySpan<object?> args)
    {
        long size = SizeArgument(args, "read");
        int remaining = body.Length - _position;
        int n = size < 0 || size > remaining ? remaining : (int)size;
        byte[] chunk = body.Span.Slice(_position, n).ToArray();
        _position += n;
        return chunk;
    }

    /// <inheritdoc/>
    public override object? ReadLine(params ReadOnlySpan<object?> args)
    {
        long size = SizeArgument(args, "readline");
        ReadOnlySpan<byte> rest = body.Span[_position..];
        int nl = rest.IndexOf((byte)'\n');
        int n = nl < 0 ? rest.Length : nl + 1;
        if (size >= 0 && size < n)
        {
            n = (int)size;
        }

        _position += n;
        return rest[..n].ToArray();
    }
}
