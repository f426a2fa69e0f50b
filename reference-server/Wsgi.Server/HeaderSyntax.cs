using System.Buffers;

namespace Wsgi.Server;

/// <summary>Field syntax of RFC 9110 §5.6.2 (token) and §5.5 (field values), and the hop-by-hop
/// list of PEP 3333 (RFC 2616 §13.5.1).</summary>
internal static class HeaderSyntax
{
    private static readonly SearchValues<char> TokenChars =
        SearchValues.Create("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Authenticate", "Proxy-Authorization", "TE", "Trailer", "Trailers", "Transfer-Encoding", "Upgrade",
    };

    public static bool IsToken(string name) => name.Length > 0 && !name.AsSpan().ContainsAnyExcept(TokenChars);

    public static bool IsHopByHop(string name) => HopByHop.Contains(name);

    /// <summary>The index of the first control character (below U+0020 except HTAB, or U+007F), or -1.</summary>
    public static int FirstControl(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if ((c < ' ' && c != '\t') || c == '\u007f')
            {
                return i;
            }
        }

        return -1;
    }
}
