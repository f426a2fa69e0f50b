using System.Collections;
using Microsoft.AspNetCore.Http;
using Wsgi.Python;

namespace Wsgi.Server;

/// <summary>One request and its response, in PEP 3333 call order: build the environ, call the
/// application once, send what it returns, call <c>close()</c> exactly once whatever happens.</summary>
internal sealed partial class Exchange(ServerContext server, HttpContext http)
{
    /// <summary>Runs the exchange; returning completes the response for Kestrel.</summary>
    public async Task RunAsync()
    {
        if (RequestGuard.Refusal(http) is { } refusal)
        {
            await AnswerAsync(refusal.Status, refusal.Message, closeConnection: true).ConfigureAwait(false);
            return;
        }

        var target = RequestTarget.Parse(EnvironBuilder.RawTarget(http));
        var environ = EnvironBuilder.Build(server, http, target, new RequestInput(http.Request.Body));
        if (environ is null)
        {
            await AnswerAsync(StatusCodes.Status404NotFound, "404 Not Found: outside the application's mount point\n", closeConnection: false).ConfigureAwait(false);
            return;
        }

        object? result;
        try
        {
            result = server.App.Call(environ, new StartResponse(this));
        }
        catch (Exception e)
        {
            await FailAsync(e, "the application raised").ConfigureAwait(false);
            return;
        }

        try
        {
            await SendResultAsync(result).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await FailAsync(e, "sending the response failed").ConfigureAwait(false);
        }
        finally
        {
            CloseResult(result);
        }
    }

    /// <summary>Iterates the result once, sending each non-empty item as it comes, then finishes.</summary>
    private async Task SendResultAsync(object? result)
    {
        if (result is FileWrapper wrapper)
        {
            await SendFileAsync(wrapper).ConfigureAwait(false);
            return;
        }

        if (result is not IEnumerable items || result is string)
        {
            throw new PyTypeError($"the application must return an iterable of bytes, not {Py.TypeName(result)}: {Py.Repr(result)}");
        }

        var enumerator = items.GetEnumerator();
        try
        {
            while (!_overrun && !http.RequestAborted.IsCancellationRequested && enumerator.MoveNext())
            {
                if (enumerator.Current is not byte[] chunk)
                {
                    throw new PyTypeError($"the response iterable must yield bytes, not {Py.TypeName(enumerator.Current)}: {Py.Repr(enumerator.Current)}");
                }

                if (chunk.Length > 0)
                {
                    await SendAsync(chunk).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            (enumerator as IDisposable)?.Dispose();
        }

        await FinishAsync().ConfigureAwait(false);
    }

    /// <summary>The server's own <c>wsgi.file_wrapper</c>: read the file-like object from its current
    /// position in the app's block size, straight into the response, no enumerator in between.</summary>
    private async Task SendFileAsync(FileWrapper wrapper)
    {
        var buffer = new byte[Math.Clamp(wrapper.BlockSize, 1, 1 << 20)];
        while (!_overrun && !http.RequestAborted.IsCancellationRequested)
        {
            int n = await wrapper.Filelike.ReadAsync(buffer).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            await SendAsync(buffer.AsMemory(0, n)).ConfigureAwait(false);
        }

        await FinishAsync().ConfigureAwait(false);
    }

    /// <summary>close() on the result, exactly once, in every path (PEP 3333 "Specification Details").</summary>
    private void CloseResult(object? result)
    {
        if (result is not IPyClosable closable)
        {
            return;
        }

        try
        {
            closable.Close();
        }
        catch (Exception e)
        {
            LogException(e, "the result's close() raised");
        }
    }
}
