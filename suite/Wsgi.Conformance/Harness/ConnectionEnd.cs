namespace Wsgi.Conformance.Harness;

/// <summary>How reading from the server ended.</summary>
public enum ConnectionEnd
{
    /// <summary>The expected responses were read whole; the connection was still open.</summary>
    Complete,

    /// <summary>The server closed the connection (FIN).</summary>
    Closed,

    /// <summary>The server reset the connection (RST).</summary>
    Reset,

    /// <summary>Nothing more arrived before the timeout.</summary>
    Timeout,

    /// <summary>The connection could not be made.</summary>
    Refused,
}
