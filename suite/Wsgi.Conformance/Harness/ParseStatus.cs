namespace Wsgi.Conformance.Harness;

/// <summary>What the response parser made of the bytes so far.</summary>
public enum ParseStatus
{
    /// <summary>One whole response was parsed.</summary>
    Complete,

    /// <summary>The bytes are a valid prefix; more are needed.</summary>
    NeedMore,

    /// <summary>The bytes are not a valid HTTP/1.x response.</summary>
    Invalid,
}
