namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>URL reconstruction.</summary>
    public static readonly RuleGroup Group16 = new(16, "URL reconstruction");

    /// <summary>url_scheme + '://' + (HTTP_HOST, else SERVER_NAME plus ':'+SERVER_PORT unless it is the scheme's default) + quote(SCRIPT_NAME) + quote(PATH_INFO) + ('?'+QUERY_STRING if non-empty) reproduces the requested URL (rewrites excepted).</summary>
    public static readonly Rule UrlReconstructable = new(
        "url.reconstructable", Party.Server, Level.Must, "MUST (implied)", Group16,
        Section: "URL Reconstruction",
        Summary: "url_scheme + '://' + (HTTP_HOST, else SERVER_NAME plus ':'+SERVER_PORT unless it is the scheme's default) + quote(SCRIPT_NAME) + quote(PATH_INFO) + ('?'+QUERY_STRING if non-empty) reproduces the requested URL (rewrites excepted).",
        Quote: "If an application wishes to reconstruct a request's complete URL, it may do so using the following algorithm, contributed by Ian Bicking",
        Anchors: "—",
        Observability: "B+E");

    /// <summary>HTTP_HOST, when present, is what the recipe uses; SERVER_NAME/SERVER_PORT are the fallback.</summary>
    public static readonly Rule UrlHostPreference = new(
        "url.host_preference", Party.Server, Level.Should, "SHOULD (implied)", Group16,
        Section: "environ Variables; URL Reconstruction",
        Summary: "HTTP_HOST, when present, is what the recipe uses; SERVER_NAME/SERVER_PORT are the fallback.",
        Quote: "When HTTP_HOST is not set, these variables can be combined to determine a default.",
        Anchors: "—",
        Observability: "E");

    private static Rule[] InGroup16 => [UrlReconstructable, UrlHostPreference];
}
