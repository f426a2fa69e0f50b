using Wsgi.Validator.Tracing;

namespace Wsgi.Conformance.AppChecking;

/// <summary>One request served by the driver: the recorded trace and the response.</summary>
/// <param name="Request">What was sent.</param>
/// <param name="Trace">The recorder's trace of the exchange.</param>
/// <param name="Response">What a client would have received.</param>
/// <param name="Ms">How long the driver took, in milliseconds.</param>
public sealed record AppExchange(AppRequest Request, Trace Trace, AppResponse Response, double Ms);
