namespace Wsgi.Validator.Judging;

/// <summary>The lifecycle of one exchange as the judge sees it.</summary>
public enum ExchangeState
{
    /// <summary>The app has not called start_response yet.</summary>
    NotStarted,

    /// <summary>start_response was called; no body byte has reached the server yet.</summary>
    HeadersSet,

    /// <summary>A non-empty body chunk reached the server: the headers are on the wire.</summary>
    HeadersSent,

    /// <summary>The server called close() on the result.</summary>
    Closed,
}
