namespace Wsgi.Conformance.AppChecking;

/// <summary>What <see cref="AppChecker"/> checks, and how.</summary>
public sealed record AppCheckOptions
{
    /// <summary>How to start the driver.</summary>
    public required DriverSettings Driver { get; init; }

    /// <summary>Starts where the requests go instead of <c>wsgi_driver.py</c> (the CLI's <c>--in-process</c>); throws
    /// <see cref="DriverException"/> when the app cannot be loaded.</summary>
    public Func<CancellationToken, Task<IAppSession>>? Session { get; init; }

    /// <summary>Generated requests (default 100).</summary>
    public int Examples { get; init; } = 100;

    /// <summary>The seed of generated requests.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Routes worth visiting: a bare target is sent as GET and HEAD; a route with a method that sends a
    /// body gets a small form, a 1 MiB body and a decoded chunked body without CONTENT_LENGTH (as gunicorn passes it on).</summary>
    public IReadOnlyList<Route> Routes { get; init; } = [];

    /// <summary>Reads a routes file: one <c>[METHOD ]TARGET</c> per line (a target is an origin-form request target,
    /// percent-encoded); blank lines and lines starting with '#' are skipped. Throws <see cref="ArgumentException"/>
    /// naming the line for anything else.</summary>
    public static IReadOnlyList<Route> ReadRoutes(string path)
    {
        var routes = new List<Route>();
        int number = 0;
        foreach (string raw in File.ReadLines(path))
        {
            number++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int space = line.IndexOf(' ', StringComparison.Ordinal);
            string? method = space < 0 ? null : line[..space];
            string target = space < 0 ? line : line[(space + 1)..].TrimStart();
            if (method is not null && (method.Length == 0 || !method.All(IsTokenChar)))
            {
                throw new ArgumentException($"{path}:{number}: \"{method}\" is not a method token; a route is [METHOD ]TARGET, like POST /echo");
            }

            if (target.Length == 0 || target[0] != '/' || target.Any(c => c <= ' ' || c > '~'))
            {
                throw new ArgumentException($"{path}:{number}: a route is [METHOD ]TARGET with a request target like /users/42?page=2 (percent-encoded, no spaces), got \"{line}\"");
            }

            routes.Add(new Route(method, target));
        }

        return routes;
    }

    // RFC 9110 §5.6.2 tchar.
    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal);
}
