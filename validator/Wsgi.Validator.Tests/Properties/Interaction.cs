using Wsgi.Python;

namespace Wsgi.Validator.Tests.Properties;

/// <summary>One app-server interaction within the rules, described as data so FsCheck can generate
/// and shrink it: what the app sends to start_response, which chunks it writes and yields, how its
/// result behaves, and the request it reads.</summary>
public sealed record Interaction(
    int Status,
    string Reason,
    IReadOnlyList<(string Name, string Value)> Headers,
    IReadOnlyList<byte[]> Chunks,
    bool DeclareContentLength,
    int WriteCount,
    bool StartInGenerator,
    ResultShape Shape,
    string Method,
    byte[] RequestBody,
    int ReadSize)
{
    /// <summary>Whether the status forbids a body (1xx, 204, 304).</summary>
    public bool NoBody => Status is >= 100 and < 200 or 204 or 304;

    /// <summary>The body length the chunks add up to.</summary>
    public int BodyLength => Chunks.Sum(c => c.Length);

    /// <summary>The header list the app passes (with Content-Length when declared).</summary>
    public PyList HeaderList()
    {
        var list = new PyList();
        foreach (var (name, value) in Headers)
        {
            list.Add(new PyTuple(name, value));
        }

        if (DeclareContentLength)
        {
            list.Add(new PyTuple("Content-Length", BodyLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return list;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Method} -> {Status} {Py.StrRepr(Reason)} headers={string.Join(", ", Headers.Select(h => $"{h.Name}: {Py.StrRepr(h.Value)}"))} " +
        $"chunks=[{string.Join(", ", Chunks.Select(c => c.Length))}] cl={DeclareContentLength} writes={WriteCount} startInGenerator={StartInGenerator} " +
        $"shape={Shape} body={RequestBody.Length} readSize={ReadSize}";
}
