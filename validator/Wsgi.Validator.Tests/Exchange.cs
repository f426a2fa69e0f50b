using Wsgi.Hosting;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Middleware;

namespace Wsgi.Validator.Tests;

/// <summary>Runs one app behind a <see cref="ValidatorMiddleware"/> on an <see cref="InProcessGateway"/>,
/// in collect or strict mode, and hands back what the validator found.</summary>
internal static class Exchange
{
    /// <summary>Collect mode: every violation of the exchange, and the gateway's response.</summary>
    public static (IReadOnlyList<Violation> Violations, WsgiResponse Response) Collect(object? app, WsgiRequest request, GatewayFaults? faults = null)
    {
        var validator = new ValidatorMiddleware(app, new ValidatorOptions { Mode = ValidatorMode.Collect });
        WsgiResponse response = new InProcessGateway(faults).Run(validator, request);
        return (validator.Log!.Violations, response);
    }

    /// <summary>Strict mode: the violation exception the exchange raised (into the gateway, or out of
    /// it when it broke at the exchange's end), or <c>null</c>.</summary>
    public static WsgiViolationException? Strict(object? app, WsgiRequest request, GatewayFaults? faults = null)
    {
        var validator = new ValidatorMiddleware(app, new ValidatorOptions { Mode = ValidatorMode.Strict });
        try
        {
            return new InProcessGateway(faults).Run(validator, request).Error as WsgiViolationException;
        }
        catch (WsgiViolationException e)
        {
            return e;
        }
    }

    /// <summary>The distinct rule ids of <paramref name="violations"/>, sorted.</summary>
    public static string[] Ids(IEnumerable<Violation> violations) => [.. violations.Select(v => v.RuleId).Distinct().Order(StringComparer.Ordinal)];
}
