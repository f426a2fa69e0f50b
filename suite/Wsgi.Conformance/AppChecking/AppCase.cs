using Wsgi.Conformance.Running;

namespace Wsgi.Conformance.AppChecking;

/// <summary>One case of an app check: the <see cref="Case"/> the reports show, and what it sends.</summary>
/// <param name="Case">The case as reported (its rules are <see cref="AppChecker.AppRules"/>).</param>
/// <param name="Run">Sends its requests through the session and records the evidence.</param>
internal sealed record AppCase(Case Case, Func<IAppSession, Evidence, CancellationToken, Task> Run);
