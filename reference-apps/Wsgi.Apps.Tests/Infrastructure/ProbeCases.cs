namespace Wsgi.Apps.Tests.Infrastructure;

/// <summary>The scenarios the Python and the C# probe must record alike.</summary>
internal static class ProbeCases
{
    /// <summary>A POST body read by readline, read(n), readlines(hint) and readline, never past CONTENT_LENGTH.
    /// The hint (2, below the 3-byte line it meets) is one where Python's two readlines() readings (BufferedReader: stop once
    /// the total exceeds the hint; BytesIO: once it reaches it) agree.</summary>
    public const string PostBody = "hello\nworld\nlast\n";

    /// <summary>Every case, by name.</summary>
    public static IReadOnlyList<ProbeCase> All { get; } =
    [
        new("default", "{}"),
        new("input-reads", """{"input":[["readline"],["read",3],["readlines",2],["readline"]]}""", "POST", PostBody),
        new("errors-writes", """{"errors":[["write","probe says hi\n"],["writelines",["a\n","b\n"]],["flush"]]}"""),
        new("scenario-data-sleep", """{"respond":"scenario","headers":[["Content-Type","text/plain"]],"body":[{"data":"one "},{"sleep_ms":30},{"data":"two"}]}""",
            ResponseBody: "one two"),
        new("start-in-iter", """{"respond":"scenario","start_in":"iter","body":[{"data":"late"}]}""", ResponseBody: "late"),
        new("raise-in-body", """{"respond":"scenario","body":[{"data":"partial"},{"raise":"boom"}]}""", Status: null),
        new("file-wrapper", """{"respond":"scenario","file_wrapper":{"size":25,"block_size":10}}""", ResponseBody: "0123456789012345678901234"),
        new("start-again-exc-info", """{"respond":"scenario","start_again":{"status":"500 Internal Server Error","headers":[["Content-Type","text/plain"]],"exc_info":true,"after":0},"body":[{"data":"error page"}]}""",
            Status: 500, ResponseBody: "error page"),
        new("write-and-len", """{"respond":"scenario","write":["via write, "],"body":[{"data":"via the iterable"}],"result":"len"}""",
            ResponseBody: "via write, via the iterable"),
        new("list-result", """{"respond":"scenario","body":[{"data":"a"},{"data":"b"}],"result":"list"}""", ResponseBody: "ab"),
    ];

    /// <summary>The case names, as xunit rows.</summary>
    public static TheoryData<string> Names => [.. All.Select(c => c.Name)];

    /// <summary>The case called <paramref name="name"/>.</summary>
    public static ProbeCase Get(string name) => All.Single(c => c.Name == name);
}
