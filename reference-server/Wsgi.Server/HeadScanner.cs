using System.Buffers;

namespace Wsgi.Server;

/// <summary>Follows the request byte stream of one connection the way Kestrel frames it (heads line by
/// line, then Content-Length bytes or chunks) and refuses, through Kestrel, the one framing error
/// Kestrel lets through: a Content-Length value that is not 1*DIGIT but that its number parser takes
/// ("+5" reads as 5; RFC 9112 §6.3 says 400 and close). It does so by replacing the value's first
/// byte with one Kestrel rejects, so Kestrel answers 400 and closes as for any invalid length. Heads
/// go out one whole line at a time; anything it cannot follow switches it off (Kestrel refuses that
/// stream itself).</summary>
internal sealed class HeadScanner
{
    private const int MaxLine = 64 * 1024;
    private const byte Refused = (byte)'x';

    private enum Mode
    {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        Off,
    }

    private readonly ArrayBufferWriter<byte> _line = new(256);
    private Mode _mode = Mode.Head;
    private long _remaining;
    private bool _inHead;
    private bool _chunked;
    private long? _contentLength;

    /// <summary>Passes <paramref name="input"/> on to <paramref name="output"/>, holding back an incomplete head line.</summary>
    public void Feed(ReadOnlySpan<byte> input, IBufferWriter<byte> output)
    {
        while (!input.IsEmpty)
        {
            switch (_mode)
            {
                case Mode.Off:
                    output.Write(input);
                    return;
                case Mode.Body or Mode.ChunkData or Mode.ChunkEnd:
                    int n = (int)Math.Min(input.Length, _remaining);
                    if (_mode == Mode.ChunkEnd && !input[..n].SequenceEqual("\r\n"u8[(2 - (int)_remaining)..][..n]))
                    {
                        _mode = Mode.Off;
                        continue;
                    }

                    output.Write(input[..n]);
                    input = input[n..];
                    _remaining -= n;
                    if (_remaining == 0)
                    {
                        (_mode, _remaining) = _mode == Mode.ChunkData ? (Mode.ChunkEnd, 2L) : (_mode == Mode.ChunkEnd ? Mode.ChunkSize : Mode.Head, 0L);
                    }

                    break;
                default:
                    int lf = input.IndexOf((byte)'\n');
                    _line.Write(lf < 0 ? input : input[..(lf + 1)]);
                    input = lf < 0 ? [] : input[(lf + 1)..];
                    if (lf >= 0)
                    {
                        OnLine(output);
                    }
                    else if (_line.WrittenCount > MaxLine)
                    {
                        output.Write(_line.WrittenSpan);
                        _line.Clear();
                        _mode = Mode.Off;
                    }

                    break;
            }
        }
    }

    private void OnLine(IBufferWriter<byte> output)
    {
        Span<byte> line = System.Runtime.InteropServices.MemoryMarshal.AsMemory(_line.WrittenMemory).Span;
        ReadOnlySpan<byte> text = line.TrimEnd("\r\n"u8);
        switch (_mode)
        {
            case Mode.Head when text.IsEmpty && _inHead:
                _inHead = false;
                (_mode, _remaining) = _chunked ? (Mode.ChunkSize, 0L) : _contentLength is > 0 and long cl ? (Mode.Body, cl) : (Mode.Head, 0L);
                (_chunked, _contentLength) = (false, null);
                break;
            case Mode.Head when !text.IsEmpty:
                if (_inHead)
                {
                    OnField(line[..text.Length]);
                }

                _inHead = true;
                break;
            case Mode.ChunkSize:
                int end = text.IndexOfAnyExcept("0123456789abcdefABCDEF"u8);
                ReadOnlySpan<byte> hex = end < 0 ? text : text[..end];
                if (hex.IsEmpty || hex.Length > 15 || !long.TryParse(hex, System.Globalization.NumberStyles.AllowHexSpecifier, null, out long size))
                {
                    _mode = Mode.Off;
                }
                else
                {
                    (_mode, _remaining) = size == 0 ? (Mode.Trailers, 0L) : (Mode.ChunkData, size);
                }

                break;
            case Mode.Trailers when text.IsEmpty:
                _mode = Mode.Head;
                break;
        }

        output.Write(line);
        _line.Clear();
    }

    private void OnField(Span<byte> field)
    {
        int colon = field.IndexOf((byte)':');
        if (colon <= 0)
        {
            return;
        }

        ReadOnlySpan<byte> name = field[..colon];
        Span<byte> value = field[(colon + 1)..];
        if (System.Text.Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8))
        {
            _chunked = true;
            return;
        }

        if (!System.Text.Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
        {
            return;
        }

        int start = value.IndexOfAnyExcept(" \t"u8);
        ReadOnlySpan<byte> digits = start < 0 ? [] : value[start..].TrimEnd(" \t"u8);
        if (start >= 0 && digits.ContainsAnyExcept("0123456789"u8))
        {
            value[start] = Refused;
            _mode = Mode.Off;
        }
        else if (long.TryParse(digits, System.Globalization.NumberStyles.None, null, out long length))
        {
            _contentLength = length;
        }
    }
}
