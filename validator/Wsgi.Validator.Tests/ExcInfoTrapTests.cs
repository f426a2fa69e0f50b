using System.Collections;
using Wsgi.Catalogue;
using Wsgi.Hosting;
using Wsgi.Python;

namespace Wsgi.Validator.Tests;

/// <summary>An app that swallows the exception start_response(exc_info) re-raises is caught however
/// it goes on: yielding more (the broken app of the meta-test) or simply ending its iterable.</summary>
public sealed class ExcInfoTrapTests
{
    [Fact]
    public void Swallowing_the_re_raise_and_ending_the_iterable_is_caught()
    {
        var app = WsgiApplication.From("trap-then-end", (_, startResponse) => TrapThenEnd(startResponse));

        var (violations, _) = Exchange.Collect(app, WsgiRequest.Get("/"));

        Judging.Violation v = Assert.Single(violations);
        Assert.Equal(Rules.StartResponseExcInfoAppNoTrap.Id, v.RuleId);
        Assert.Equal("result iterable", v.Subject);
    }

    private static IEnumerable TrapThenEnd(PyCallable startResponse)
    {
        startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Type", "text/plain")));
        yield return "partial\n"u8.ToArray();
        try
        {
            startResponse.Call("500 Internal Server Error", WsgiApplication.Headers(("Content-Type", "text/plain")), ExcInfo.From(new InvalidOperationException("late failure")));
        }
        catch (InvalidOperationException)
        {
            // The mistake: the re-raised error must propagate; the iterable just ends instead.
        }
    }
}
