using System.Text.RegularExpressions;
using Wsgi.Conformance.Cases;
using Wsgi.Conformance.Running;

namespace Wsgi.Conformance;

/// <summary>Every case of the suite, section by section in the PEP's order, and selection by id glob.</summary>
public static class SuiteCatalogue
{
    /// <summary>All cases.</summary>
    public static IReadOnlyList<Case> All { get; } = [.. EnvironVariables.All, .. InputAndErrors.All, .. StartResponse.All, .. ResponseBody.All, .. ErrorsAndFiles.All, .. ServerModel.All, .. UrlReconstruction.All, .. Http1Framing.All, .. Cases.Properties.All];

    /// <summary>The cases whose id matches any of <paramref name="globs"/> (<c>*</c> any run of characters,
    /// <c>?</c> one); all cases when there are none. Throws <see cref="ArgumentException"/> naming a glob that matches nothing.</summary>
    public static IReadOnlyList<Case> Select(IReadOnlyList<string> globs)
    {
        if (globs.Count == 0)
        {
            return All;
        }

        var patterns = globs.Select(g => (Glob: g, Regex: new Regex("^" + Regex.Escape(g).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant))).ToList();
        foreach (var (glob, regex) in patterns)
        {
            if (!All.Any(c => regex.IsMatch(c.Id)))
            {
                throw new ArgumentException($"--case \"{glob}\" matches no case; see the case ids with 'wsgi-conformance rules' or in results.json");
            }
        }

        return [.. All.Where(c => patterns.Any(p => p.Regex.IsMatch(c.Id)))];
    }
}
