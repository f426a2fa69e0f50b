using Wsgi.Python;

namespace Wsgi.Hosting;

/// <summary>Ways to make the <see cref="InProcessGateway"/> break the server side of the contract,
/// one at a time, to build broken server doubles for the validator's tests. The default breaks nothing.</summary>
public sealed record GatewayFaults
{
    /// <summary>No fault: a correct gateway.</summary>
    public static GatewayFaults None { get; } = new();

    /// <summary>Edits the environ after it is built (remove a key, set a wrong type, ...).</summary>
    public Action<PyDict>? EditEnviron { get; init; }

    /// <summary>Replaces the environ object altogether (a non-dict, a dict subclass, null).</summary>
    public Func<PyDict, object?>? ReplaceEnviron { get; init; }

    /// <summary>Calls the app with a keyword argument instead of two positional ones.</summary>
    public bool CallWithKeywords { get; init; }

    /// <summary>start_response accepts invalid status and headers, hop-by-hop ones included.</summary>
    public bool NoCheckAtCall { get; init; }

    /// <summary>start_response returns None instead of write.</summary>
    public bool StartResponseReturnsNone { get; init; }

    /// <summary>A second start_response without exc_info is accepted.</summary>
    public bool AllowRepeatWithoutExcInfo { get; init; }

    /// <summary>start_response with exc_info after headers were sent returns instead of re-raising.</summary>
    public bool SwallowExcInfoAfterHeaders { get; init; }

    /// <summary>Never calls close() on the result.</summary>
    public bool SkipClose { get; init; }

    /// <summary>Calls close() only when iteration ends normally (not when it raises).</summary>
    public bool SkipCloseOnError { get; init; }

    /// <summary>Calls close() twice.</summary>
    public bool CloseTwice { get; init; }

    /// <summary>Calls next() once more after close().</summary>
    public bool UseAfterClose { get; init; }

    /// <summary>Calls iter() on the result twice.</summary>
    public bool IterateTwice { get; init; }

    /// <summary>Replaces wsgi.input (a stream returning str, ignoring size, reading past CONTENT_LENGTH, ...).</summary>
    public Func<byte[], WsgiInput>? Input { get; init; }

    /// <summary>Replaces wsgi.errors.</summary>
    public WsgiErrors? Errors { get; init; }
}
