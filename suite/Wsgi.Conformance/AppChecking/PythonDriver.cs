using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Wsgi.Validator.Tracing;
using Trace = Wsgi.Validator.Tracing.Trace;

namespace Wsgi.Conformance.AppChecking;

/// <summary>One running <c>wsgi_driver.py</c>: a Python process hosting the app, fed one request at a
/// time over its stdin and answering with the recorded trace on its stdout (JSON lines). Whatever the app
/// writes to stderr is kept (the last <see cref="StderrKept"/> lines) for error reports. A request that
/// gets no answer within the timeout stops the process; so does disposing it.</summary>
public sealed class PythonDriver : IAsyncDisposable
{
    /// <summary>How many of the last stderr lines are kept.</summary>
    public const int StderrKept = 40;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Process _process;
    private readonly DriverSettings _settings;
    private readonly Queue<string> _stderr = new();
    private readonly SemaphoreSlim _one = new(1, 1);
    private long _next;

    private PythonDriver(Process process, DriverSettings settings)
    {
        _process = process;
        _settings = settings;
    }

    /// <summary>The interpreter's version, as the driver reported it.</summary>
    public string PythonVersion { get; private set; } = "";

    /// <summary>Whether the process is still running.</summary>
    public bool Running => !_process.HasExited;

    /// <summary>Starts the driver and waits for it to import the app; throws <see cref="DriverException"/>
    /// when Python cannot start, the app cannot be imported, or the driver says nothing in time.</summary>
    public static async Task<PythonDriver> StartAsync(DriverSettings settings, CancellationToken token)
    {
        if (!File.Exists(settings.DriverPath))
        {
            throw new DriverException($"no driver at {settings.DriverPath}");
        }

        var info = new ProcessStartInfo(settings.Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(settings.DriverPath);
        info.ArgumentList.Add(settings.App);
        foreach (string path in settings.Paths)
        {
            info.ArgumentList.Add("--path");
            info.ArgumentList.Add(path);
        }

        info.Environment["PYTHONDONTWRITEBYTECODE"] = "1"; // No __pycache__ left in the user's folders.
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new DriverException($"cannot start {settings.Python}");
        }
        catch (Win32Exception e)
        {
            throw new DriverException($"cannot start the Python interpreter \"{settings.Python}\": {e.Message}");
        }

        var driver = new PythonDriver(process, settings);
        process.ErrorDataReceived += (_, e) => driver.KeepStderr(e.Data);
        process.BeginErrorReadLine();
        try
        {
            string? hello = await driver.ReadLineAsync(settings.StartTimeout, "to import the app", token).ConfigureAwait(false);
            driver.Hello(hello);
            return driver;
        }
        catch
        {
            await driver.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Serves one request; throws <see cref="DriverException"/> when the driver dies, hangs
    /// (it is then stopped) or answers something that is not a trace.</summary>
    public async Task<AppExchange> ServeAsync(AppRequest request, CancellationToken token)
    {
        await _one.WaitAsync(token).ConfigureAwait(false);
        try
        {
            long id = ++_next;
            try
            {
                await _process.StandardInput.WriteLineAsync(request.ToJsonLine(id).AsMemory(), token).ConfigureAwait(false);
                await _process.StandardInput.FlushAsync(token).ConfigureAwait(false);
            }
            catch (IOException)
            {
                throw Died(request);
            }

            string? line = await ReadLineAsync(_settings.Timeout, $"to serve {request.Describe()}", token).ConfigureAwait(false);
            return line is null ? throw Died(request) : Parse(request, id, line);
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>The last lines written to stderr.</summary>
    public string StderrTail()
    {
        lock (_stderr)
        {
            return string.Join('\n', _stderr);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.Close(); // The driver ends at the end of its input.
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                try
                {
                    await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    Stop();
                }
            }
        }
        catch (IOException)
        {
            Stop();
        }
        finally
        {
            _process.Dispose();
            _one.Dispose();
        }
    }

    private void KeepStderr(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stderr)
        {
            _stderr.Enqueue(line.Length > 500 ? line[..500] + "..." : line);
            while (_stderr.Count > StderrKept)
            {
                _stderr.Dequeue();
            }
        }
    }

    private async Task<string?> ReadLineAsync(TimeSpan timeout, string what, CancellationToken token)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(token);
        cts.CancelAfter(timeout);
        try
        {
            return await _process.StandardOutput.ReadLineAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            Stop();
            throw new DriverException($"the app took longer than {timeout.TotalSeconds:0.#} s {what}; its driver was stopped", StderrTail());
        }
    }

    private void Hello(string? line)
    {
        if (line is null)
        {
            _process.WaitForExit(2000);
            throw new DriverException($"{_settings.Python} exited ({ExitText()}) before the driver started", StderrTail());
        }

        try
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            JsonElement root = doc.RootElement;
            if (root.TryGetProperty("ok", out JsonElement ok) && ok.ValueKind == JsonValueKind.True)
            {
                PythonVersion = root.TryGetProperty("python", out JsonElement v) ? v.GetString() ?? "" : "";
                return;
            }

            string error = root.TryGetProperty("error", out JsonElement e) ? e.GetString() ?? "" : line;
            throw new DriverException(error.TrimEnd(), StderrTail());
        }
        catch (JsonException)
        {
            throw new DriverException($"the driver's first line is not its greeting: {Reports(line)}", StderrTail());
        }
    }

    private AppExchange Parse(AppRequest request, long id, string line)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            JsonElement root = doc.RootElement;
            if (root.TryGetProperty("protocol_error", out JsonElement problem))
            {
                throw new DriverException($"the driver refused the request: {problem.GetString()}", StderrTail());
            }

            if (!root.TryGetProperty("id", out JsonElement got) || !got.TryGetInt64(out long gotId) || gotId != id)
            {
                throw new DriverException($"the driver answered out of turn (expected id {id}): {Reports(line)}", StderrTail());
            }

            if (!root.TryGetProperty("trace", out JsonElement traceJson) || traceJson.ValueKind != JsonValueKind.Object)
            {
                throw new DriverException($"the driver recorded no trace for {request.Describe()}", StderrTail());
            }

            Trace trace = TraceJson.Read(traceJson);
            JsonElement r = root.GetProperty("response");
            var headers = new List<(string, string)>();
            if (r.TryGetProperty("headers", out JsonElement hs) && hs.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement h in hs.EnumerateArray())
                {
                    headers.Add((h[0].GetString() ?? "", h[1].GetString() ?? ""));
                }
            }

            var response = new AppResponse(
                r.GetProperty("status").GetString(), headers, Encoding.Latin1.GetBytes(r.GetProperty("body").GetString() ?? ""),
                r.GetProperty("body_length").GetInt64(), r.GetProperty("aborted").GetBoolean(),
                r.GetProperty("error").ValueKind == JsonValueKind.String ? r.GetProperty("error").GetString() : null);
            double ms = root.TryGetProperty("ms", out JsonElement m) && m.TryGetDouble(out double d) ? d : 0;
            return new AppExchange(request, trace, response, ms);
        }
        catch (Exception e) when (e is JsonException or TraceFormatException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new DriverException($"the driver's answer for {request.Describe()} is not readable ({e.Message}): {Reports(line)}", StderrTail());
        }
    }

    private DriverException Died(AppRequest request)
    {
        _process.WaitForExit(2000);
        return new DriverException($"the driver died ({ExitText()}) while serving {request.Describe()}", StderrTail());
    }

    private string ExitText() => _process.HasExited ? $"exit code {_process.ExitCode}" : "still running";

    private void Stop()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(2000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static string Reports(string line) => line.Length > 300 ? line[..300] + $"... ({line.Length} chars)" : line;
}
