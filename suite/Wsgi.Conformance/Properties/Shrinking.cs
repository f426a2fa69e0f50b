using FsCheck;

namespace Wsgi.Conformance.Properties;

/// <summary>Greedy shrinking with FsCheck's shrinker: from a failing example, try its smaller candidates in order
/// and move to the first that still fails, until none does, <c>maxAttempts</c> tries were made, or
/// <c>outOfTime</c> says stop. One exchange per try, so the caller bounds it.</summary>
internal static class Shrinking
{
    /// <summary>The smallest failing result found, and how many steps it took.</summary>
    public static async Task<(TResult Smallest, int Steps)> ShrinkAsync<T, TResult>(Arbitrary<T> arbitrary, TResult start, Func<TResult, T> exampleOf,
        Func<T, Task<TResult>> attempt, Func<TResult, bool> stillFails, int maxAttempts, Func<bool> outOfTime)
    {
        TResult current = start;
        int steps = 0, attempts = 0;
        bool progressed = true;
        while (progressed && attempts < maxAttempts && !outOfTime())
        {
            progressed = false;
            foreach (T candidate in arbitrary.Shrinker(exampleOf(current)))
            {
                if (++attempts > maxAttempts || outOfTime())
                {
                    break;
                }

                TResult result = await attempt(candidate).ConfigureAwait(false);
                if (stillFails(result))
                {
                    current = result;
                    steps++;
                    progressed = true;
                    break;
                }
            }
        }

        return (current, steps);
    }
}
