using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Wsgi.Python;
using Wsgi.Validator.Tracing;

namespace Wsgi.Conformance.Tests;

/// <summary>A script for <see cref="HostileServer"/> that frames requests the way uWSGI 2.0.21 does with
/// <c>--http11-socket</c> (docs/FINDINGS.md, its uWSGI subsection: <c>proto/http.c</c>, <c>core/protocol.c</c>)
/// and answers the way the probe does: a trace with no Content-Length, or a scenario's label with one, and
/// <c>X-Probe-Fetch</c> from its store. The request line is split at the first SP, the next SP and the next
/// CRLF (a leading CRLF lands in the method); field lines end at CRLF only, and a CR not followed by LF makes the
/// head unparsable: no answer, the connection held until the socket timeout. The body length is the leading
/// digits of Content-Length summed into a ulong (2^64+5 wraps to 5); Transfer-Encoding is never read; the app's
/// read gets at most that many bytes. Connection: close is not honoured: the connection is closed only when the
/// read that ended the head brought bytes past it, or the app read less than the length; otherwise the next
/// request is awaited until the socket timeout.</summary>
public sealed class UwsgiLikeServer(TimeSpan socketTimeout)
{
    private readonly ConcurrentDictionary<string, string> _store = new(StringComparer.Ordinal);

    /// <summary>Serves one connection (pass this to <see cref="HostileServer(Func{Socket, CancellationToken, Task})"/>).</summary>
    public async Task ServeAsync(Socket socket, CancellationToken stop)
    {
        var pending = new List<byte>();
        try
        {
            while (true)
            {
                int end;
                while ((end = IndexOfHeadEnd(pending)) < 0)
                {
                    if (!await ReceiveAsync(socket, pending, stop))
                    {
                        return;
                    }
                }

                // uwsgi_proto_http11_close: bytes past the head in the buffer close the connection after the answer.
                bool remains = pending.Count > end + 4;
                string head = Encoding.Latin1.GetString([.. pending.GetRange(0, end)]);
                pending.RemoveRange(0, end + 4);
                if (HasBareCr(head))
                {
                    await Task.Delay(socketTimeout, stop);
                    return;
                }

                int sp1 = head.IndexOf(' ', StringComparison.Ordinal);
                int sp2 = sp1 < 0 ? -1 : head.IndexOf(' ', sp1 + 1);
                int lineEnd = sp2 < 0 ? -1 : head.IndexOf("\r\n", sp2, StringComparison.Ordinal);
                if (lineEnd < 0)
                {
                    return;
                }

                var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (string line in head[(lineEnd + 2)..].Split("\r\n"))
                {
                    int colon = line.IndexOf(':', StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        string name = line[..colon];
                        string value = line[(colon + 1)..].TrimStart(' ');
                        fields[name] = fields.TryGetValue(name, out string? before) ? before + ", " + value : value;
                    }
                }

                if (fields.TryGetValue("X-Probe-Fetch", out string? fetch))
                {
                    await SendAsync(socket, _store.TryGetValue(fetch, out string? stored)
                        ? Answer("200 OK", "application/json", stored, length: true)
                        : Answer("404 Not Found", "application/json", "{\"error\": \"no trace\"}", length: true), stop);
                    return;
                }

                string target = head[(sp1 + 1)..sp2];
                int query = target.IndexOf('?', StringComparison.Ordinal);
                var environ = new PyDict
                {
                    ["REQUEST_METHOD"] = head[..sp1],
                    ["SCRIPT_NAME"] = "",
                    ["PATH_INFO"] = query < 0 ? target : target[..query],
                    ["QUERY_STRING"] = query < 0 ? "" : target[(query + 1)..],
                    ["SERVER_PROTOCOL"] = head[(sp2 + 1)..lineEnd],
                };
                foreach (var (name, value) in fields)
                {
                    environ[name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) ? "CONTENT_LENGTH" : "HTTP_" + name.ToUpperInvariant().Replace('-', '_')] = value;
                }

                ulong length = LeadingDigits(fields.GetValueOrDefault("Content-Length", ""));
                var (id, scenarioMode, read, label) = Scenario(fields.GetValueOrDefault("X-Probe"));
                int take = (int)Math.Min((ulong)read, length);
                while (pending.Count < take)
                {
                    if (!await ReceiveAsync(socket, pending, stop))
                    {
                        return;
                    }
                }

                var trace = new Trace { Source = "probe", Environ = environ, Meta = new Dictionary<string, object?> { ["probe_version"] = 1L } };
                if (read > 0)
                {
                    trace.Events.Add(new TraceEvent(EventKinds.InputPrefix + "read", [(long)read], Result: pending.GetRange(0, take).ToArray()));
                }

                pending.RemoveRange(0, take);
                string json = TraceJson.Write(trace);
                if (id is not null)
                {
                    _store[id] = json;
                }

                await SendAsync(socket, scenarioMode ? Answer("200 OK", "text/plain", label, length: true) : Answer("200 OK", "application/json", json, length: false), stop);
                if (remains || (ulong)take < length)
                {
                    return;
                }
            }
        }
        finally
        {
            socket.Close();
        }
    }

    private async Task<bool> ReceiveAsync(Socket socket, List<byte> pending, CancellationToken stop)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeout.CancelAfter(socketTimeout);
        var buffer = new byte[8192];
        try
        {
            int n = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            pending.AddRange(buffer.AsSpan(0, n));
            return n > 0;
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return false;
        }
    }

    private static Task SendAsync(Socket socket, byte[] bytes, CancellationToken stop) => socket.SendAsync(bytes, SocketFlags.None, stop).AsTask();

    private static byte[] Answer(string status, string type, string body, bool length) =>
        Encoding.Latin1.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {type}\r\n" + (length ? $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n" : "") + "X-Probe-Version: 1\r\n\r\n"
            + Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(body)));

    private static int IndexOfHeadEnd(List<byte> pending) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pending).IndexOf("\r\n\r\n"u8);

    private static bool HasBareCr(string head)
    {
        for (int i = head.IndexOf('\r', StringComparison.Ordinal); i >= 0; i = head.IndexOf('\r', i + 1))
        {
            if (i + 1 == head.Length || head[i + 1] != '\n')
            {
                return true;
            }
        }

        return false;
    }

    // core/protocol.c get_content_length: the leading digits, no overflow check.
    private static ulong LeadingDigits(string value)
    {
        ulong n = 0;
        foreach (char c in value.TakeWhile(char.IsAsciiDigit))
        {
            n = unchecked((n * 10) + (ulong)(c - '0'));
        }

        return n;
    }

    /// <summary>The X-Probe fields this double acts on: the id, scenario mode, the first read's size and the body's text.</summary>
    private static (string? Id, bool ScenarioMode, long Read, string Label) Scenario(string? header)
    {
        if (header is null)
        {
            return (null, false, 0, "");
        }

        string base64 = header.Replace('-', '+').Replace('_', '/');
        using var json = JsonDocument.Parse(Convert.FromBase64String(base64.PadRight((base64.Length + 3) / 4 * 4, '=')));
        JsonElement root = json.RootElement;
        string? id = root.TryGetProperty("id", out JsonElement i) ? i.GetString() : null;
        bool scenario = root.TryGetProperty("respond", out JsonElement r) && r.GetString() == "scenario";
        long read = root.TryGetProperty("input", out JsonElement input) && input.GetArrayLength() > 0 ? input[0][1].GetInt64() : 0;
        string label = root.TryGetProperty("body", out JsonElement body)
            ? string.Concat(body.EnumerateArray().Select(step => step.TryGetProperty("data", out JsonElement d) ? d.GetString() : ""))
            : "";
        return (id, scenario, read, label);
    }
}
