namespace Wsgi.Validator.Tracing;

/// <summary>A run of response bytes and when it arrived, in milliseconds after the request was sent.</summary>
/// <param name="AtMs">Arrival time in milliseconds since the request's last byte was sent.</param>
/// <param name="Bytes">The bytes.</param>
public sealed record WireChunk(double AtMs, byte[] Bytes);
