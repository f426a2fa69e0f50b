using System.Text.RegularExpressions;

namespace Wsgi.PythonHost;

/// <summary>An application named the way WSGI servers name one: <c>module:attribute</c> (gunicorn,
/// uWSGI's <c>--module</c>): a dotted module path, and a dotted attribute path in it, by default
/// <c>application</c>.</summary>
internal sealed partial record AppSpec(string Module, string Attribute)
{
    /// <summary>The default attribute, PEP 3333's and mod_wsgi's name.</summary>
    public const string DefaultAttribute = "application";

    /// <summary>Parses <paramref name="spec"/>; a malformed one is a <see cref="PythonHostException"/> saying what is expected.</summary>
    public static AppSpec Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        int colon = spec.IndexOf(':', StringComparison.Ordinal);
        string module = colon < 0 ? spec : spec[..colon];
        string attribute = colon < 0 ? DefaultAttribute : spec[(colon + 1)..];
        if (!DottedName().IsMatch(module) || !DottedName().IsMatch(attribute))
        {
            throw new PythonHostException(
                $"a Python WSGI application is named module:attribute, like hello:application or mypkg.wsgi:app (the module importable from sys.path); got \"{spec}\"");
        }

        return new AppSpec(module, attribute);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Module}:{Attribute}";

    [GeneratedRegex(@"^[^\W\d]\w*(\.[^\W\d]\w*)*$")]
    private static partial Regex DottedName();
}
