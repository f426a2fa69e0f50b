namespace Wsgi.Apps.Probe;

/// <summary>The scenario's <c>file_wrapper</c>: an in-memory file of <paramref name="Size"/> bytes, read in blocks of <paramref name="BlockSize"/>.</summary>
/// <param name="Size">The file size in bytes (<c>0123456789</c> repeated).</param>
/// <param name="BlockSize">The block size passed to wsgi.file_wrapper.</param>
internal sealed record ProbeFileWrapperSpec(int Size, int BlockSize)
{
    /// <summary>The file's content.</summary>
    public byte[] Content()
    {
        var bytes = new byte[Size];
        for (int i = 0; i < Size; i++)
        {
            bytes[i] = (byte)('0' + i % 10);
        }

        return bytes;
    }
}
