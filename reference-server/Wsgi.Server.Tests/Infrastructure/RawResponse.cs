using System.Text;

namespace Wsgi.Server.Tests.Infrastructure;

/// <summary>A response as it came off the wire.</summary>
internal sealed record RawResponse(string StatusLine, int Status, string Reason, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] HeadBytes)
{
    public byte[] Body { get; init; } = [];

    /// <summary>The connection closed before the framed body was complete (or the body was close-delimited).</summary>
    public bool ClosedEarly { get; init; }

    /// <summary>Chunk sizes in order, for chunked responses (the final 0 included).</summary>
    public List<int> ChunkSizes { get; } = [];

    public string BodyText => Encoding.Latin1.GetString(Body);

    public string? Header(string name) =>
        Headers.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    public IEnumerable<string> HeaderValues(string name) =>
        Headers.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);

    public static RawResponse ParseHead(byte[] head)
    {
        string text = Encoding.Latin1.GetString(head);
        string[] lines = text.Split("\r\n");
        string statusLine = lines[0];
        string[] parts = statusLine.Split(' ', 3);
        var headers = new List<KeyValuePair<string, string>>();
        foreach (string line in lines.Skip(1).Where(l => l.Length > 0))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            headers.Add(new(line[..colon], line[(colon + 1)..].Trim()));
        }

        return new RawResponse(statusLine, int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts.Length > 2 ? parts[2] : "", headers, head);
    }
}
