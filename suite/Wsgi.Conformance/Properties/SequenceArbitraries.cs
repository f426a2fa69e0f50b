using FsCheck;
using FsCheck.Fluent;
using G = FsCheck.Fluent.Gen;

namespace Wsgi.Conformance.Properties;

/// <summary>Keep-alive sequences (<see cref="GeneratedSequence"/>): 2 to 4 requests from <see cref="RequestArbitraries"/>
/// made HTTP/1.1 without Expect; the app reads all of a body 3 times in 5, half or none once each. Shrinks by
/// dropping a request (never below 2), then by shrinking one request, then towards reading all.</summary>
public static class SequenceArbitraries
{
    /// <summary>Generated sequences with their shrinker.</summary>
    public static Arbitrary<GeneratedSequence> Sequences() => Arb.From(Gen(), Shrink);

    /// <summary>The generator.</summary>
    public static Gen<GeneratedSequence> Gen() =>
        from count in G.Choose(2, 4)
        from steps in G.ListOf(Step(), count)
        select new GeneratedSequence([.. steps]);

    /// <summary>Smaller sequences.</summary>
    public static IEnumerable<GeneratedSequence> Shrink(GeneratedSequence s)
    {
        if (s.Steps.Count > 2)
        {
            for (int i = 0; i < s.Steps.Count; i++)
            {
                yield return new GeneratedSequence([.. s.Steps.Where((_, j) => j != i)]);
            }
        }

        for (int i = 0; i < s.Steps.Count; i++)
        {
            var (request, read) = s.Steps[i];
            foreach (GeneratedRequest smaller in RequestArbitraries.Shrink(request).Select(KeepAlive))
            {
                yield return new GeneratedSequence([.. s.Steps.Select((step, j) => j == i ? (smaller, read) : step)]);
            }

            if (read != BodyRead.All)
            {
                yield return new GeneratedSequence([.. s.Steps.Select((step, j) => j == i ? (request, BodyRead.All) : step)]);
            }
        }
    }

    private static Gen<(GeneratedRequest, BodyRead)> Step() =>
        from request in RequestArbitraries.Gen()
        from read in G.Frequency((3, G.Constant(BodyRead.All)), (1, G.Constant(BodyRead.Half)), (1, G.Constant(BodyRead.None)))
        select (KeepAlive(request), read);

    private static GeneratedRequest KeepAlive(GeneratedRequest r) => RequestArbitraries.Normalize(r with { Http10 = false, ExpectContinue = false });
}
