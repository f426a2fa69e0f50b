using System.Collections.Frozen;

namespace Wsgi.Apps;

/// <summary>The good reference apps by name (<c>wsgi-conformance serve --app NAME</c>): each factory
/// returns a fresh instance that breaks no rule.</summary>
public static class ReferenceApps
{
    /// <summary>Name to factory.</summary>
    public static FrozenDictionary<string, Func<WsgiApplication>> Good { get; } = new Dictionary<string, Func<WsgiApplication>>
    {
        ["hello"] = () => new HelloWorld(),
        ["callable-class"] = () => new CallableClassApp(),
        ["echo"] = () => new Echo(),
        ["streaming"] = () => new Streaming(5, TimeSpan.FromMilliseconds(50)),
        ["write"] = () => new WriteApp(),
        ["exc-info"] = () => new ExcInfoApp(),
        ["file"] = () => new FileApp(),
        ["probe"] = () => new Probe.ProbeApp(),
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
