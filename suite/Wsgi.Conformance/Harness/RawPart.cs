namespace Wsgi.Conformance.Harness;

/// <summary>A part of a request: its bytes, sent after a pause, or once a <c>100 Continue</c> arrived, or once
/// <paramref name="AfterResponses"/> final responses arrived (falling back to the pause as a timeout).</summary>
/// <param name="Bytes">The bytes.</param>
/// <param name="DelayMs">The pause before sending (or the longest wait for 100 Continue).</param>
/// <param name="AfterContinue">Send as soon as an interim 100 response has arrived.</param>
/// <param name="AfterResponses">Send as soon as this many final responses have arrived (the next request of a
/// keep-alive sequence); 0 means do not wait for responses.</param>
public sealed record RawPart(byte[] Bytes, int DelayMs = 0, bool AfterContinue = false, int AfterResponses = 0);
