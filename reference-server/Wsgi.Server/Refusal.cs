namespace Wsgi.Server;

/// <summary>A request the server answers itself, with this status and message, closing the connection.</summary>
internal sealed record Refusal(int Status, string Message);
