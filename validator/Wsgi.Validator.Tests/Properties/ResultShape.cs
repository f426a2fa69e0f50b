namespace Wsgi.Validator.Tests.Properties;

/// <summary>What kind of iterable the app returns.</summary>
public enum ResultShape
{
    /// <summary>A list (has len()).</summary>
    List,

    /// <summary>A generator without close().</summary>
    Generator,

    /// <summary>A generator-like object with close().</summary>
    Closable,

    /// <summary>An object with close() and an accurate len().</summary>
    ClosableWithLen,
}
