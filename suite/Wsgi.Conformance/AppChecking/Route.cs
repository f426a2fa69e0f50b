namespace Wsgi.Conformance.AppChecking;

/// <summary>A route worth visiting, from a routes file line <c>[METHOD ]TARGET</c>.</summary>
/// <param name="Method">The method, or <c>null</c> for GET and HEAD.</param>
/// <param name="Target">The request target: path, optional '?query', percent-encoded.</param>
public sealed record Route(string? Method, string Target)
{
    /// <summary>Whether the method sends a body (anything but GET, HEAD, DELETE, OPTIONS and TRACE).</summary>
    public bool SendsBody => Method is not (null or "GET" or "HEAD" or "DELETE" or "OPTIONS" or "TRACE");

    /// <inheritdoc/>
    public override string ToString() => Method is null ? Target : $"{Method} {Target}";
}
