using Wsgi.Hosting;
using Wsgi.PythonHost.Tests.Infrastructure;
using Wsgi.Server;

namespace Wsgi.PythonHost.Tests;

/// <summary>wsgi.file_wrapper: the C# FileWrapper reads the app's Python file-like object, and its
/// close() closes that object.</summary>
[Collection(PythonCollection.Name)]
public sealed class FileWrapperTests(PythonFixture python)
{
    [Fact]
    public void The_result_of_file_wrapper_is_the_C_sharp_FileWrapper_over_the_python_file()
    {
        Exchange.Events(python.Runtime);
        var app = python.Runtime.LoadApp("host_checks:file_wrapper");

        object? result = app.Call(Exchange.Environ(), new StartResponseRecorder());

        var wrapper = Assert.IsType<FileWrapper>(result);
        Assert.Equal(4, wrapper.BlockSize);
        Assert.Equal(["abcd"u8.ToArray(), "efgh"u8.ToArray(), "ijkl"u8.ToArray(), "mnop"u8.ToArray(), "qrst"u8.ToArray(), "uvwx"u8.ToArray(), "yz"u8.ToArray()], Exchange.Items(wrapper));
        wrapper.Close();
        Assert.Equal("[\"file closed\"]", Exchange.Events(python.Runtime));
    }

    [Fact]
    public void The_app_can_iterate_and_close_what_file_wrapper_returns()
    {
        Exchange.Events(python.Runtime);

        var (response, _) = Exchange.Run(Exchange.Strict(python.Runtime.LoadApp("host_checks:iterate_file_wrapper")), WsgiRequest.Get());

        Assert.Null(response.Error);
        Assert.Equal("abcd|efgh|ij", response.BodyText);
        Assert.Equal("[\"file closed\"]", Exchange.Events(python.Runtime));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_reference_server_sends_the_python_file(bool validated)
    {
        Exchange.Events(python.Runtime);
        var app = python.Runtime.LoadApp("host_checks:file_wrapper");
        await using var server = await WsgiServer.StartAsync(validated ? Exchange.Strict(app) : app, new WsgiServerOptions { Errors = TextWriter.Null });
        using var http = new HttpClient();

        string body = await http.GetStringAsync(server.Uri);

        Assert.Equal("abcdefghijklmnopqrstuvwxyz", body);
        Assert.Equal("[\"file closed\"]", Exchange.Events(python.Runtime));
    }
}
