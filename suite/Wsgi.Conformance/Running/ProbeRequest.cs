using Wsgi.Conformance.Probe;

namespace Wsgi.Conformance.Running;

/// <summary>A request to the probe: method, the path below the mount point (raw, as it goes on the
/// wire), extra header fields, a body, and the scenario.</summary>
public sealed record ProbeRequest
{
    /// <summary>The method.</summary>
    public string Method { get; init; } = "GET";

    /// <summary>The request-target below the mount, starting with '/', raw (percent-encoding kept), query included.</summary>
    public string Path { get; init; } = "/";

    /// <summary>Extra header fields, in order.</summary>
    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    /// <summary>The body, sent with a Content-Length unless <see cref="AddContentLength"/> is false.</summary>
    public byte[]? Body { get; init; }

    /// <summary>Whether to add Content-Length for the body.</summary>
    public bool AddContentLength { get; init; } = true;

    /// <summary>The protocol version.</summary>
    public string Version { get; init; } = "HTTP/1.1";

    /// <summary>What the probe does; <c>null</c> for the default (trace in the body).</summary>
    public Scenario? Scenario { get; init; }

    /// <summary>Send the head and the body as separate parts, the body after this pause (or after 100 Continue when <see cref="BodyAfterContinue"/>).</summary>
    public int? BodyDelayMs { get; init; }

    /// <summary>Send the body only after an interim 100 response (at most <see cref="BodyDelayMs"/> later).</summary>
    public bool BodyAfterContinue { get; init; }

    /// <summary>Disconnect after this many body bytes of the response.</summary>
    public int? DisconnectAfterBodyBytes { get; init; }

    /// <summary>Keep reading this long after the response to see what the server does with the connection.</summary>
    public int LingerMs { get; init; }
}
