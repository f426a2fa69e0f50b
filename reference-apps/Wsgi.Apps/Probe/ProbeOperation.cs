namespace Wsgi.Apps.Probe;

/// <summary>One wsgi.input or wsgi.errors operation of a scenario, like <c>["read", 5]</c>.</summary>
/// <param name="Method">The method (<c>read</c>, <c>readline</c>, <c>readlines</c>, <c>iter</c>, <c>write</c>, <c>writelines</c>, <c>flush</c>).</param>
/// <param name="Args">Its arguments as Python values.</param>
internal sealed record ProbeOperation(string Method, object?[] Args);
