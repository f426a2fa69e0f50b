namespace Wsgi.Hosting;

/// <summary>A request for the <see cref="InProcessGateway"/>: what an HTTP request line and header
/// block would have carried, already parsed. <see cref="Path"/> is the decoded path (latin-1 str).</summary>
/// <param name="Method">The method token.</param>
/// <param name="Path">The decoded path below the mount point (becomes PATH_INFO).</param>
/// <param name="Query">The raw query string, without '?'.</param>
/// <param name="Headers">Request header fields, in order, names as sent.</param>
/// <param name="Body">The request body.</param>
/// <param name="ScriptName">The mount point ('' for the root).</param>
/// <param name="Protocol">SERVER_PROTOCOL.</param>
public sealed record WsgiRequest(
    string Method = "GET",
    string Path = "/",
    string Query = "",
    IReadOnlyList<(string Name, string Value)>? Headers = null,
    byte[]? Body = null,
    string ScriptName = "",
    string Protocol = "HTTP/1.1")
{
    /// <summary>A GET of <paramref name="path"/>.</summary>
    public static WsgiRequest Get(string path = "/") => new(Path: path);

    /// <summary>A POST of <paramref name="body"/> to <paramref name="path"/>.</summary>
    public static WsgiRequest Post(string path, byte[] body, string contentType = "application/octet-stream") =>
        new("POST", path, Headers: [("Content-Type", contentType)], Body: body);
}
