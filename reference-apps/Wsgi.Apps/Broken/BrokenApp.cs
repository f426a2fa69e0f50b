using Wsgi.Catalogue;
using Wsgi.Hosting;

namespace Wsgi.Apps.Broken;

/// <summary>A deliberately broken application: it breaks <paramref name="Rule"/> and no other rule
/// when served by a correct server.</summary>
/// <param name="Rule">The one rule it breaks.</param>
/// <param name="Create">Makes a fresh application object (not always callable: that can be the mistake).</param>
/// <param name="Request">The request to send it; <c>null</c> means a plain GET of <c>/</c>.</param>
public sealed record BrokenApp(Rule Rule, Func<object?> Create, WsgiRequest? Request = null)
{
    /// <summary>The request to send, with the default filled in.</summary>
    public WsgiRequest RequestOrDefault => Request ?? WsgiRequest.Get("/");
}
