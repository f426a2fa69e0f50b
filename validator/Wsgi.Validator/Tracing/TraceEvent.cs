namespace Wsgi.Validator.Tracing;

/// <summary>One protocol event. <see cref="Kind"/> is one of <see cref="EventKinds"/>; the other
/// members hold Python values (see <see cref="Wsgi.Python.Py"/>).</summary>
/// <param name="Kind">What happened (<c>start_response</c>, <c>item</c>, <c>input.read</c>, ...).</param>
/// <param name="Args">The positional arguments of a call, or the value an event carries.</param>
/// <param name="Kwargs">Keyword arguments of a call, when any were passed.</param>
/// <param name="Result">What a call returned.</param>
/// <param name="Error">The exception a call raised, as <c>TypeName: message</c>.</param>
public sealed record TraceEvent(
    string Kind,
    IReadOnlyList<object?> Args,
    IReadOnlyDictionary<string, object?>? Kwargs = null,
    object? Result = null,
    string? Error = null)
{
    /// <summary>An event with no arguments.</summary>
    public static TraceEvent Of(string kind) => new(kind, []);
}
