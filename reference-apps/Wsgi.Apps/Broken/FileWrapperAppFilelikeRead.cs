using Wsgi.Catalogue;
using Wsgi.Python;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>file_wrapper.app.filelike_read</c>: it hands <c>wsgi.file_wrapper</c> a str, which has no <c>read()</c>.</summary>
internal static class FileWrapperAppFilelikeRead
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.FileWrapperAppFilelikeRead,
        () => WsgiApplication.From(Rules.FileWrapperAppFilelikeRead.Id, (environ, startResponse) =>
        {
            var fileWrapper = (PyCallable)environ["wsgi.file_wrapper"]!;
            startResponse.Call("200 OK", Respond.Text());
            try
            {
                return fileWrapper.Call("not a file", 4096);
            }
            catch (PyTypeError)
            {
                return Respond.Body();
            }
        }));
}
