using Wsgi.Catalogue;

namespace Wsgi.Apps.Broken;

/// <summary>Breaks <c>app.callable_two_args</c>: the application object is not callable at all.</summary>
internal static class AppCallableTwoArgs
{
    /// <summary>The broken app and the request that shows the mistake.</summary>
    public static BrokenApp Case { get; } = new(
        Rules.AppCallableTwoArgs,
        () => new NotAnApp());

    /// <summary>An object with no <c>__call__</c>.</summary>
    private sealed class NotAnApp;
}
