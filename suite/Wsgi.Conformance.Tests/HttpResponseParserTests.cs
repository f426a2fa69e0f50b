using System.Text;
using Wsgi.Conformance.Harness;

namespace Wsgi.Conformance.Tests;

public sealed class HttpResponseParserTests
{
    private static ParseStatus Parse(string latin1, out HttpResponseMessageData? response, out string? error, bool head = false, bool closed = false) =>
        HttpResponseParser.TryParse(Encoding.Latin1.GetBytes(latin1), head, closed, 0, out response, out error);

    [Fact]
    public void Content_length_body()
    {
        Assert.Equal(ParseStatus.Complete, Parse("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloEXTRA", out var r, out _));
        Assert.Equal("hello", Encoding.Latin1.GetString(r!.Body));
        Assert.Equal(BodyFraming.ContentLength, r.Framing);
        Assert.Equal(43, r.End);
    }

    [Fact]
    public void Chunked_body_with_extension_and_trailer()
    {
        Assert.Equal(ParseStatus.Complete, Parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n2\r\nde\r\n0\r\nX-T: 1\r\n\r\n", out var r, out _));
        Assert.Equal("abcde", Encoding.Latin1.GetString(r!.Body));
        Assert.Equal(BodyFraming.Chunked, r.Framing);
    }

    [Fact]
    public void A_prefix_needs_more_and_close_ends_an_undelimited_body()
    {
        Assert.Equal(ParseStatus.NeedMore, Parse("HTTP/1.1 200 OK\r\nContent-Le", out _, out _));
        Assert.Equal(ParseStatus.NeedMore, Parse("HTTP/1.0 200 OK\r\n\r\nabc", out _, out _));
        Assert.Equal(ParseStatus.Complete, Parse("HTTP/1.0 200 OK\r\n\r\nabc", out var r, out _, closed: true));
        Assert.Equal(BodyFraming.Close, r!.Framing);
    }

    [Fact]
    public void Head_and_204_have_no_body()
    {
        Assert.Equal(ParseStatus.Complete, Parse("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n", out var r, out _, head: true));
        Assert.Empty(r!.Body);
        Assert.Equal(ParseStatus.Complete, Parse("HTTP/1.1 204 No Content\r\n\r\n", out _, out _));
    }

    [Theory]
    [InlineData("garbage garbage\r\n\r\n", "malformed status line")]
    [InlineData("<html><script>alert(1)</script>", "does not start with HTTP/")]
    [InlineData("HTTP/1.1 200 OK\r\nBad Header\r\n\r\n", "malformed header field")]
    [InlineData("HTTP/1.1 200 OK\r\nX: a\0b\r\n\r\n", "malformed header field")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello", "invalid Content-Length")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", "invalid Content-Length")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "malformed chunk size")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n", "not followed by CRLF")]
    public void Malformed_responses_are_invalid_with_a_reason_and_never_throw(string latin1, string reason)
    {
        Assert.Equal(ParseStatus.Invalid, Parse(latin1, out _, out string? error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(1125);
        for (int i = 0; i < 2000; i++)
        {
            byte[] bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            if (i % 2 == 0 && bytes.Length >= 17)
            {
                Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\n").CopyTo(bytes.AsSpan());
            }

            HttpResponseParser.TryParse(bytes, false, i % 3 == 0, 0, out _, out _);
        }
    }
}
