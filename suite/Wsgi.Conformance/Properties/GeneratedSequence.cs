namespace Wsgi.Conformance.Properties;

/// <summary>A keep-alive sequence: HTTP/1.1 requests sent one after another on one connection (each once the
/// previous response is in), the last with <c>Connection: close</c>, and how much of its body the probe reads for
/// each: all of it, half, or none (then the server must discard the rest, never parse it as a request).</summary>
/// <param name="Steps">The requests and the share of each body the app reads.</param>
public sealed record GeneratedSequence(IReadOnlyList<(GeneratedRequest Request, BodyRead Read)> Steps)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Steps.Count} requests on one connection: " + string.Join(" | ", Steps.Select(s => $"{s.Request} (the app reads {s.Read.ToString().ToLowerInvariant()} of the body)"));
}
