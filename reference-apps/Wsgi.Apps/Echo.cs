using System.Globalization;
using Wsgi.Python;

namespace Wsgi.Apps;

/// <summary>Echoes the request body: reads exactly <c>CONTENT_LENGTH</c> bytes with <c>read(size)</c>
/// in blocks of at most <paramref name="blockSize"/> bytes (never past the end, never <c>read()</c>
/// without a size), and answers them with an exact <c>Content-Length</c>.</summary>
/// <param name="blockSize">The largest size passed to one <c>read(size)</c>.</param>
public sealed class Echo(int blockSize = 8192) : WsgiApplication
{
    /// <inheritdoc/>
    public override string Name => "echo";

    /// <inheritdoc/>
    protected override object? Call(PyDict environ, PyCallable startResponse)
    {
        byte[] body = ReadBody(environ, blockSize);
        startResponse.Call("200 OK", Headers(
            ("Content-Type", environ.Get("CONTENT_TYPE") as string ?? "application/octet-stream"),
            ("Content-Length", body.Length.ToString(CultureInfo.InvariantCulture))));
        return new PyList { body };
    }

    /// <summary>Reads the request body as a correct application does: <c>CONTENT_LENGTH</c> bytes
    /// (none when it is absent, empty or invalid), in <c>read(size)</c> calls, stopping early at <c>b''</c>.</summary>
    public static byte[] ReadBody(PyDict environ, int blockSize = 8192)
    {
        if (environ.Get("CONTENT_LENGTH") is not string text ||
            !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long length) || length <= 0 ||
            environ.Get("wsgi.input") is not WsgiInput input)
        {
            return [];
        }

        using var body = new MemoryStream();
        long remaining = length;
        while (remaining > 0)
        {
            int size = (int)Math.Min(blockSize, remaining);
            if (input.Read(size) is not byte[] { Length: > 0 } chunk)
            {
                break; // The client went away, or the server ended the input early.
            }

            body.Write(chunk);
            remaining -= chunk.Length;
        }

        return body.ToArray();
    }
}
