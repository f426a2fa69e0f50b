using Wsgi.Python;

namespace Wsgi.Validator.Tests;

/// <summary>A broken <c>wsgi.input</c> over <see cref="BytesInput"/>: each knob breaks one promise.</summary>
internal sealed class ScriptedInput(byte[] body) : WsgiInput
{
    private readonly BytesInput _inner = new(body);
    private bool _saidEof;

    /// <summary>read(size) and readline(size) return everything that is left, whatever the size.</summary>
    public bool IgnoreSize { get; init; }

    /// <summary>read() returns a str (latin-1 decoded) instead of bytes.</summary>
    public bool ReturnsStr { get; init; }

    /// <summary>The first read() returns <c>b''</c> before any data, then the data follows.</summary>
    public bool EmptyFirst { get; init; }

    public override object? Read(params ReadOnlySpan<object?> args)
    {
        if (EmptyFirst && !_saidEof)
        {
            _saidEof = true;
            return Array.Empty<byte>();
        }

        object? data = IgnoreSize ? _inner.Read() : _inner.Read(args);
        return ReturnsStr && data is byte[] b ? System.Text.Encoding.Latin1.GetString(b) : data;
    }

    public override object? ReadLine(params ReadOnlySpan<object?> args) => IgnoreSize ? _inner.ReadLine() : _inner.ReadLine(args);

    public override object? ReadLines(params ReadOnlySpan<object?> args) => _inner.ReadLines(args);
}
