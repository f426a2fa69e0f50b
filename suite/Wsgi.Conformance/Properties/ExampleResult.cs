using Wsgi.Conformance.Harness;
using Trace = Wsgi.Validator.Tracing.Trace;

namespace Wsgi.Conformance.Properties;

/// <summary>One generated example (a request, or a response the probe is told to give) sent to the probe: the
/// bytes, the exchange, the probe's trace (or why there is none) and the differences from the oracle that the
/// case's rules cover.</summary>
/// <typeparam name="T">The generated example's type.</typeparam>
/// <param name="Example">The generated example.</param>
/// <param name="Bytes">Its exact bytes.</param>
/// <param name="Wire">The exchange.</param>
/// <param name="Trace">The probe's trace, or <c>null</c>.</param>
/// <param name="Problem">Why there is no trace (the server refused or failed the request).</param>
/// <param name="Mismatches">The differences from the oracle, limited to the case's rules.</param>
public sealed record ExampleResult<T>(T Example, byte[] Bytes, RawExchange Wire, Trace? Trace, string? Problem, IReadOnlyList<Mismatch> Mismatches)
{
    /// <summary>Whether the server did exactly what the oracle says.</summary>
    public bool Agrees => Problem is null && Mismatches.Count == 0;
}
