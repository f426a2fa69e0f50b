using System.Globalization;
using System.Text;
using Wsgi.Conformance.Probe;

namespace Wsgi.Conformance.Properties;

/// <summary>A generated response: what the probe is told to answer (status, extra header fields, an exact
/// Content-Length or none, write() calls, then the result's items, returned as a list, a closable iterable or
/// one with <c>__len__</c>) and the request that asks for it (GET or HEAD, HTTP/1.1 or 1.0). The app side
/// stays correct: a Content-Type always, no body and no Content-Type for 204 and 304, Content-Length exact.</summary>
/// <param name="Head">The request is HEAD rather than GET.</param>
/// <param name="Http10">The request is HTTP/1.0 rather than HTTP/1.1.</param>
/// <param name="Status">The status code (no 1xx, no 205).</param>
/// <param name="Reason">The reason phrase (latin-1 text, no control characters).</param>
/// <param name="Fields">Extra header fields (<c>X-Gen-*</c> names, latin-1 values).</param>
/// <param name="DeclareLength">Send an exact Content-Length.</param>
/// <param name="Writes">Bytes passed to write() before the result is returned (latin-1 text, one character per byte).</param>
/// <param name="Items">The result's items (latin-1 text; empty items included).</param>
/// <param name="Result"><c>list</c>, <c>closable</c> or <c>len</c>.</param>
public sealed record GeneratedResponse(bool Head, bool Http10, int Status, string Reason, IReadOnlyList<(string Name, string Value)> Fields,
    bool DeclareLength, IReadOnlyList<string> Writes, IReadOnlyList<string> Items, string Result)
{
    /// <summary>Whether the status forbids a body (204, 304).</summary>
    public bool NoBodyStatus => Status is 204 or 304;

    /// <summary>The body the app produces, in order: the writes, then the items.</summary>
    public byte[] Body => Encoding.Latin1.GetBytes(string.Concat(Writes) + string.Concat(Items));

    /// <summary>The header list the app passes to start_response.</summary>
    public IReadOnlyList<(string Name, string Value)> Headers =>
        NoBodyStatus ? Fields
        : [("Content-Type", "application/octet-stream"), .. Fields, .. DeclareLength ? new[] { ("Content-Length", Body.Length.ToString(CultureInfo.InvariantCulture)) } : []];

    /// <summary>The probe scenario that produces it.</summary>
    public Scenario ToScenario() => new()
    {
        Respond = "scenario",
        Status = $"{Status.ToString(CultureInfo.InvariantCulture)} {Reason}",
        Headers = Headers,
        Write = Writes.Count > 0 ? Writes : null,
        Body = [.. Items.Select(BodyStep.Data)],
        Result = Result,
    };

    /// <inheritdoc/>
    public override string ToString() =>
        $"{(Head ? "HEAD" : "GET")} {(Http10 ? "HTTP/1.0" : "HTTP/1.1")} answered {Status} {Wsgi.Python.Py.StrRepr(Reason)}, {Fields.Count} extra field(s), " +
        $"{(DeclareLength ? "Content-Length" : "no Content-Length")}, write() x{Writes.Count} then {Items.Count} item(s) of [{string.Join(", ", Items.Select(i => i.Length))}] bytes as {Result}";
}
