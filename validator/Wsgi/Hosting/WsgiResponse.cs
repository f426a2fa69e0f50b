namespace Wsgi.Hosting;

/// <summary>What the <see cref="InProcessGateway"/> would have put on the wire.</summary>
public sealed class WsgiResponse
{
    /// <summary>The status line the app set ("200 OK"), or the gateway's 500 when the app failed before headers.</summary>
    public string Status { get; internal set; } = "";

    /// <summary>The response headers as sent.</summary>
    public List<(string Name, string Value)> Headers { get; } = [];

    /// <summary>The body bytes sent.</summary>
    public byte[] Body => _body.ToArray();

    /// <summary>Whether the headers went out (with the first non-empty chunk, or at exhaustion).</summary>
    public bool HeadersSent { get; internal set; }

    /// <summary>The exception that ended the exchange, if one did.</summary>
    public Exception? Error { get; internal set; }

    /// <summary>Whether the connection would have been closed abnormally (error after headers).</summary>
    public bool Aborted { get; internal set; }

    /// <summary>How many times the gateway called close() on the result.</summary>
    public int CloseCalls { get; internal set; }

    /// <summary>The status code.</summary>
    public int StatusCode => Status.Length >= 3 && int.TryParse(Status.AsSpan(0, 3), out int code) ? code : 0;

    /// <summary>The body decoded as latin-1.</summary>
    public string BodyText => System.Text.Encoding.Latin1.GetString(_body.ToArray());

    private readonly MemoryStream _body = new();

    internal void Append(byte[] data) => _body.Write(data);
}
