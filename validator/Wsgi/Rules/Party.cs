namespace Wsgi.Catalogue;

/// <summary>Who a rule binds.</summary>
public enum Party
{
    /// <summary>The server or gateway (or middleware acting as one towards the app).</summary>
    Server,

    /// <summary>The application (or middleware acting as one towards the server).</summary>
    App,

    /// <summary>Rules specific to middleware.</summary>
    Middleware,

    /// <summary>Both sides.</summary>
    Both,
}
