using System.Collections.Concurrent;

namespace Wsgi.Server;

/// <summary>Maps a request header name to its CGI key (<c>User-Agent</c> to <c>HTTP_USER_AGENT</c>),
/// with a bounded cache so the common names cost one lookup and hostile clients cannot grow it.</summary>
internal static class CgiHeaderNames
{
    private const int MaxCached = 1024;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The <c>HTTP_*</c> key for <paramref name="name"/>.</summary>
    public static string For(string name)
    {
        if (Cache.TryGetValue(name, out var key))
        {
            return key;
        }

        key = Compute(name);
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(name, key);
        }

        return key;
    }

    private static string Compute(string name) => string.Create(name.Length + 5, name, static (span, n) =>
    {
        "HTTP_".CopyTo(span);
        for (int i = 0; i < n.Length; i++)
        {
            char c = n[i];
            span[5 + i] = c == '-' ? '_' : char.ToUpperInvariant(c);
        }
    });
}
