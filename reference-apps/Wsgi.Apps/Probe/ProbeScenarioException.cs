namespace Wsgi.Apps.Probe;

/// <summary>The <c>X-Probe</c> header or its scenario is malformed; the probe answers 400 with the message.</summary>
internal sealed class ProbeScenarioException(string message) : Exception(message);
