using Wsgi.Python;

namespace Wsgi.Server;

/// <summary>The <c>start_response(status, response_headers, exc_info=None)</c> callable handed to
/// the application. It binds arguments as the Python signature would (so an app calling it wrongly
/// gets a <see cref="PyTypeError"/>) and leaves the protocol to <see cref="Exchange"/>.</summary>
internal sealed class StartResponse(Exchange exchange) : PyCallable
{
    private static readonly string[] Parameters = ["status", "response_headers", "exc_info"];

    public override string Name => "start_response";

    public override object? Invoke(ReadOnlySpan<object?> args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        if (args.Length > 3)
        {
            throw new PyTypeError($"start_response() takes from 2 to 3 positional arguments but {args.Length} were given");
        }

        Span<object?> bound = [null, null, null];
        Span<bool> given = [false, false, false];
        for (int i = 0; i < args.Length; i++)
        {
            bound[i] = args[i];
            given[i] = true;
        }

        if (kwargs is not null)
        {
            foreach (var (key, value) in kwargs)
            {
                int i = Array.IndexOf(Parameters, key);
                if (i < 0)
                {
                    throw new PyTypeError($"start_response() got an unexpected keyword argument '{key}'");
                }

                if (given[i])
                {
                    throw new PyTypeError($"start_response() got multiple values for argument '{key}'");
                }

                bound[i] = value;
                given[i] = true;
            }
        }

        if (!given[0] || !given[1])
        {
            throw new PyTypeError($"start_response() missing required argument '{(given[0] ? "response_headers" : "status")}'");
        }

        return exchange.OnStartResponse(bound[0], bound[1], bound[2]);
    }
}
