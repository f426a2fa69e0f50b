namespace Wsgi.Conformance.Harness;

/// <summary>The server under test: where the probe is mounted.</summary>
public sealed class Target
{
    private Target(Uri baseUri, string host, int port, string mount)
    {
        BaseUri = baseUri;
        Host = host;
        Port = port;
        Mount = mount;
    }

    /// <summary>The URL the probe answers at, ending in '/'.</summary>
    public Uri BaseUri { get; }

    /// <summary>The host to connect to.</summary>
    public string Host { get; }

    /// <summary>The port to connect to.</summary>
    public int Port { get; }

    /// <summary>The mount path without a trailing slash ('' at the root): the SCRIPT_NAME a correct server gives.</summary>
    public string Mount { get; }

    /// <summary>The Host header value (<c>host:port</c>).</summary>
    public string Authority => $"{Host}:{Port}";

    /// <summary>Parses a <c>--url</c>; throws <see cref="ArgumentException"/> saying what is wrong and what to write instead.</summary>
    public static Target Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"--url must be absolute, like http://127.0.0.1:8000/; got \"{url}\"");
        }

        if (uri.Scheme == "https")
        {
            throw new ArgumentException($"--url must be http://: the harness speaks plain HTTP/1.1 on the wire; got \"{url}\"");
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new ArgumentException($"--url must not have a query or fragment (the suite sends its own); got \"{url}\"");
        }

        string mount = uri.AbsolutePath.TrimEnd('/');
        var baseUri = new UriBuilder(uri) { Path = mount + "/" }.Uri;
        string host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host.Trim('[', ']') : uri.Host;
        return new Target(baseUri, host, uri.Port, mount);
    }

    /// <inheritdoc/>
    public override string ToString() => BaseUri.ToString();
}
