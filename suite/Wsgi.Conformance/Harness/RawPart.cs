namespace Wsgi.Conformance.Harness;

/// <summary>A part of a request: its bytes, sent after a pause, or once a <c>100 Continue</c> arrived
/// (falling back to the pause as a timeout when none does).</summary>
/// <param name="Bytes">The bytes.</param>
/// <param name="DelayMs">The pause before sending (or the longest wait for 100 Continue).</param>
/// <param name="AfterContinue">Send as soon as an interim 100 response has arrived.</param>
public sealed record RawPart(byte[] Bytes, int DelayMs = 0, bool AfterContinue = false);
