namespace Wsgi;

/// <summary>Implemented by a result iterable that wants to know when the server is done with the
/// exchange (after close(), or after giving up on the result). Not part of PEP 3333: the servers
/// of this project call it so that a wrapping validator can judge what only the end shows, such
/// as a close() that never came, without relying on a finalizer.</summary>
public interface IWsgiExchangeEnd
{
    /// <summary>The server will not touch the result again.</summary>
    void ExchangeEnded();
}
