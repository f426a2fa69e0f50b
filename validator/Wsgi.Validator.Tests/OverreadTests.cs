using System.Text;
using Wsgi.Hosting;
using Wsgi.Python;
using Wsgi.Validator.Judging;

namespace Wsgi.Validator.Tests;

/// <summary>input.app.no_overread: a read past CONTENT_LENGTH is flagged with its arguments; read(0) at the end
/// asks for nothing and is not (werkzeug's LimitedStream calls it when exhausted).</summary>
public sealed class OverreadTests
{
    private static WsgiApplication Reading(params long[] sizes) => WsgiApplication.From("reads", (environ, startResponse) =>
    {
        var input = (WsgiInput)environ["wsgi.input"]!;
        foreach (long size in sizes)
        {
            input.Read((object?)size);
        }

        startResponse.Call("200 OK", new PyList { new PyTuple("Content-Type", "text/plain") });
        return new PyList { "ok"u8.ToArray() };
    });

    private static readonly WsgiRequest Hello = WsgiRequest.Post("/", Encoding.ASCII.GetBytes("hello"), "text/plain");

    [Fact]
    public void Read_zero_at_the_end_is_not_an_overread()
    {
        var (violations, _) = Exchange.Collect(Reading(5, 0), Hello);

        Assert.Empty(violations);
    }

    [Fact]
    public void Read_one_at_the_end_is_an_overread_shown_with_its_argument()
    {
        var (violations, _) = Exchange.Collect(Reading(5, 1), Hello);

        Violation v = Assert.Single(violations);
        Assert.Equal("input.app.no_overread", v.RuleId);
        Assert.Equal("read(1) after 5 bytes", v.Actual);
    }
}
