using System.Text;
using Wsgi.Python;
using Wsgi.Server.Tests.Infrastructure;

namespace Wsgi.Server.Tests;

/// <summary>PEP 3333 "Input and Error Streams": wsgi.input.</summary>
public sealed class InputTests
{
    /// <summary>POSTs <paramref name="body"/> and returns what <paramref name="read"/> made of wsgi.input, as text.</summary>
    private static async Task<string> ReadWithAsync(string body, Func<WsgiInput, string> read, bool chunked = false)
    {
        var app = Apps.Echo(environ => Encoding.Latin1.GetBytes(read(Apps.Input(environ))));
        await using var server = await TestServer.StartAsync(app);
        string framing = chunked ? "Transfer-Encoding: chunked\r\n" : $"Content-Length: {body.Length}\r\n";
        string payload = chunked ? Chunk(body) : body;
        var response = await RawConnection.ExchangeAsync(server.Port, $"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n{framing}\r\n{payload}");
        Assert.Equal(200, response.Status);
        return response.BodyText;
    }

    private static string Chunk(string body)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < body.Length; i += 3)
        {
            string piece = body.Substring(i, Math.Min(3, body.Length - i));
            sb.Append($"{piece.Length:x}\r\n{piece}\r\n");
        }

        return sb.Append("0\r\n\r\n").ToString();
    }

    private static string S(object? bytes) => Encoding.Latin1.GetString(Assert.IsType<byte[]>(bytes));

    [Fact(DisplayName = "input.methods")]
    public async Task Methods()
    {
        string result = await ReadWithAsync("x", input =>
            string.Join(",", new[] { "read", "readline", "readlines", "__iter__" }.Select(m => Py.HasAttr(input, m))));
        Assert.Equal("True,True,True,True", result);
    }

    [Fact(DisplayName = "input.python_semantics")]
    public async Task PythonSemantics()
    {
        string result = await ReadWithAsync("line1\nline2\nrest", input =>
            $"{S(input.ReadLine())}|{S(input.Read(3))}|{S(input.Read(null))}|{S(input.Read())}|{S(input.ReadLine())}");
        Assert.Equal("line1\n|lin|e2\nrest||", result);
    }

    [Fact(DisplayName = "input.returns_bytes")]
    public async Task ReturnsBytes()
    {
        string result = await ReadWithAsync("a\nb\nc\nd\n", input =>
        {
            var types = new List<string> { Py.TypeName(input.Read(2)), Py.TypeName(input.ReadLine()) };
            var lines = Assert.IsType<PyList>(input.ReadLines(1));
            types.AddRange(lines.Select(Py.TypeName));
            types.AddRange(input.Cast<object?>().Select(Py.TypeName));
            types.Add(Py.TypeName(input.Read()));
            return string.Join(",", types);
        });
        Assert.Equal("bytes,bytes,bytes,bytes,bytes", result);
    }

    [Fact(DisplayName = "input.read.at_most_size")]
    public async Task ReadAtMostSize()
    {
        string result = await ReadWithAsync("0123456789", input => $"{S(input.Read(4))}|{S(input.Read(100))}");
        Assert.Equal("0123|456789", result);
    }

    [Fact(DisplayName = "input.eof_at_content_length")]
    public async Task EofAtContentLength()
    {
        // The client sends the body and then the next request at once: reading past
        // Content-Length must give b'' (not the next request, and without blocking).
        var app = Apps.Echo(environ =>
        {
            var input = Apps.Input(environ);
            var first = (byte[])input.Read(1000)!;
            var again = (byte[])input.Read(1000)!;
            return Encoding.Latin1.GetBytes($"{Encoding.Latin1.GetString(first)}|{again.Length}");
        });
        await using var server = await TestServer.StartAsync(app);
        await using var connection = await RawConnection.OpenAsync(server.Port);
        await connection.SendAsync("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello" + "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\nhi");
        Assert.Equal("hello|0", (await connection.ReadResponseAsync()).BodyText);
        Assert.Equal("hi|0", (await connection.ReadResponseAsync()).BodyText);
    }

    [Fact(DisplayName = "input.read.no_arg")]
    public async Task ReadNoArg()
    {
        string body = new('x', 100_000);
        string result = await ReadWithAsync(body, input => S(input.Read()));
        Assert.Equal(body, result);
    }

    [Fact(DisplayName = "input.read.exhausted_empty")]
    public async Task ExhaustedEmpty()
    {
        string result = await ReadWithAsync("abc", input =>
        {
            input.Read();
            return $"{((byte[])input.Read(1)!).Length},{((byte[])input.ReadLine()!).Length},{((PyList)input.ReadLines()!).Count},{((byte[])input.Read()!).Length}";
        });
        Assert.Equal("0,0,0,0", result);

        var app = Apps.Echo(environ => Encoding.Latin1.GetBytes(((byte[])Apps.Input(environ).Read()!).Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await using var server = await TestServer.StartAsync(app);
        Assert.Equal("0", (await RawConnection.ExchangeAsync(server.Port, TestServer.Get("/"))).BodyText);
    }

    [Fact(DisplayName = "input.readline.size")]
    public async Task ReadlineSize()
    {
        string result = await ReadWithAsync("abcdef\ngh", input => $"{S(input.ReadLine(3))}|{S(input.ReadLine(10))}|{S(input.ReadLine(1))}|{S(input.ReadLine(-1))}");
        Assert.Equal("abc|def\n|g|h", result);
    }

    [Fact(DisplayName = "input.readlines.hint")]
    public async Task ReadlinesHint()
    {
        string result = await ReadWithAsync("a\nbb\nccc\n", input => string.Join("|", ((PyList)input.ReadLines(3)!).Select(S)) + "#" + string.Join("|", ((PyList)input.ReadLines()!).Select(S)));
        Assert.Equal("a\n|bb\n#ccc\n", result);
    }

    [Fact(DisplayName = "input.iter.lines")]
    public async Task IterLines()
    {
        string result = await ReadWithAsync("one\ntwo\n\nthree", input => string.Join("|", input.Cast<byte[]>().Select(l => Encoding.Latin1.GetString(l))));
        Assert.Equal("one\n|two\n|\n|three", result);
    }

    [Fact(DisplayName = "input.chunked_decoded")]
    public async Task ChunkedDecoded()
    {
        var app = Apps.Echo(environ => Encoding.Latin1.GetBytes($"{environ.ContainsKey("CONTENT_LENGTH")}|{S(Apps.Input(environ).Read())}"));
        await using var server = await TestServer.StartAsync(app);
        var response = await RawConnection.ExchangeAsync(server.Port,
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n" + Chunk("hello chunked world\n"));
        Assert.Equal("False|hello chunked world\n", response.BodyText);
        Assert.Equal("hello world", await ReadWithAsync("hello world", input => S(input.Read()), chunked: true));
    }
}
