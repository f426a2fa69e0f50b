using Wsgi.Conformance.Harness;

namespace Wsgi.Conformance.Cases;

/// <summary>Readings of the wire: when the head and the body bytes arrived, what came after a response.</summary>
public static class Wire
{
    /// <summary>When the first response byte arrived (ms after the request), or <c>null</c>.</summary>
    public static double? FirstByteAtMs(RawExchange x) => x.Received.Count > 0 ? x.Received[0].AtMs : null;

    /// <summary>When the first byte of the final response's body arrived, or <c>null</c>.</summary>
    public static double? FirstBodyByteAtMs(RawExchange x)
    {
        HttpResponseMessageData? r = x.Responses.LastOrDefault(r => r.StatusCode >= 200);
        if (r is null || r.Body.Length == 0)
        {
            return null;
        }

        int offset = 0;
        foreach (var chunk in x.Received)
        {
            if (offset + chunk.Bytes.Length > r.HeadEnd)
            {
                return chunk.AtMs;
            }

            offset += chunk.Bytes.Length;
        }

        return null;
    }

    /// <summary>How many bytes arrived after the last parsed response.</summary>
    public static int TrailingBytes(RawExchange x) => x.Responses.Count == 0 ? 0 : x.ReceivedBytes.Length - x.Responses[^1].End;

    /// <summary>The final (non-1xx) response.</summary>
    public static HttpResponseMessageData? Final(RawExchange x) => x.Responses.LastOrDefault(r => r.StatusCode >= 200);
}
