namespace Wsgi.Conformance.AppChecking;

/// <summary>What a client would have received from the app, as the driver served it.</summary>
/// <param name="Status">The status line's text (<c>500 Internal Server Error</c> when the app failed before any body).</param>
/// <param name="Headers">The response headers, in order.</param>
/// <param name="Body">The first bytes of the body (the driver keeps at most 64 KiB).</param>
/// <param name="BodyLength">The whole body's length.</param>
/// <param name="Aborted">The app failed after the headers were out, so the response was cut short.</param>
/// <param name="Error">The app's exception (<c>Type: message</c>), if it raised.</param>
public sealed record AppResponse(string? Status, IReadOnlyList<(string Name, string Value)> Headers, byte[] Body, long BodyLength, bool Aborted, string? Error)
{
    /// <summary>One line for reports: status, body length and the app's error.</summary>
    public string Describe() =>
        $"{Status ?? "(no status)"}, {BodyLength} byte(s){(Aborted ? ", cut short" : "")}{(Error is null ? "" : $"; the app raised {Error}")}";
}
