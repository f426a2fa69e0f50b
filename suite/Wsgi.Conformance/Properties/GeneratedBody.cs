using System.Globalization;
using System.Text;

namespace Wsgi.Conformance.Properties;

/// <summary>A generated request body: its framing, its decoded octets, and for chunked framing the
/// chunk sizes, whether sizes are written in upper-case hex, chunk extensions and trailer fields.</summary>
/// <param name="Kind">The framing.</param>
/// <param name="Data">The decoded body: what the app must read from wsgi.input.</param>
/// <param name="ChunkSizes">Chunked: the size of each chunk (they add up to <see cref="Data"/>'s length; the last-chunk follows).</param>
/// <param name="UpperHex">Chunked: chunk sizes written as <c>1A</c> rather than <c>1a</c>.</param>
/// <param name="Extension">Chunked: a chunk extension (<c>;name=value</c>) put after every chunk size, or <c>null</c>.</param>
/// <param name="Trailers">Chunked: trailer fields after the last-chunk.</param>
public sealed record GeneratedBody(BodyKind Kind, byte[] Data, IReadOnlyList<int> ChunkSizes, bool UpperHex, string? Extension, IReadOnlyList<(string Name, string Value)> Trailers)
{
    /// <summary>No body.</summary>
    public static GeneratedBody None { get; } = new(BodyKind.None, [], [], false, null, []);

    /// <summary>The framing field that goes in the header block, or <c>null</c>.</summary>
    public (string Name, string Value)? FramingField => Kind switch
    {
        BodyKind.ContentLength => ("Content-Length", Data.Length.ToString(CultureInfo.InvariantCulture)),
        BodyKind.Chunked => ("Transfer-Encoding", "chunked"),
        _ => null,
    };

    /// <summary>The body as it goes on the wire.</summary>
    public byte[] WireBytes()
    {
        if (Kind != BodyKind.Chunked)
        {
            return Data;
        }

        var ms = new MemoryStream();
        int pos = 0;
        foreach (int size in ChunkSizes)
        {
            ms.Write(Encoding.ASCII.GetBytes(size.ToString(UpperHex ? "X" : "x", CultureInfo.InvariantCulture) + Extension + "\r\n"));
            ms.Write(Data, pos, size);
            ms.Write("\r\n"u8);
            pos += size;
        }

        ms.Write(Encoding.ASCII.GetBytes("0" + Extension + "\r\n"));
        foreach (var (name, value) in Trailers)
        {
            ms.Write(Encoding.Latin1.GetBytes($"{name}: {value}\r\n"));
        }

        ms.Write("\r\n"u8);
        return ms.ToArray();
    }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        BodyKind.None => "no body",
        BodyKind.ContentLength => $"Content-Length body of {Data.Length} bytes",
        _ => $"chunked body of {Data.Length} bytes in [{string.Join(", ", ChunkSizes)}]{(Extension is null ? "" : " with extensions")}{(Trailers.Count == 0 ? "" : $", {Trailers.Count} trailer field(s)")}",
    };
}
