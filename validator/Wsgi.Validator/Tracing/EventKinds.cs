namespace Wsgi.Validator.Tracing;

/// <summary>The event kinds of the trace format, in protocol call order. Each maps to one
/// <see cref="Judging.ExchangeJudge"/> method.</summary>
public static class EventKinds
{
    /// <summary>The server called the app; Args = [positional argument count], Kwargs = keyword names, Result = whether the app is callable.</summary>
    public const string Invoke = "invoke";

    /// <summary>The app called start_response (Args, Kwargs); Result = what it returned, or Error.</summary>
    public const string StartResponse = "start_response";

    /// <summary>The app called write (Args, Kwargs); Error when the server raised.</summary>
    public const string Write = "write";

    /// <summary>The app returned; Args = [result]; Result = attribute names the result has (<c>close</c>, <c>__len__</c>) and its len.</summary>
    public const string AppReturn = "app.return";

    /// <summary>The app raised; Error.</summary>
    public const string AppRaise = "app.raise";

    /// <summary>The server called iter() on the result.</summary>
    public const string Iter = "iter";

    /// <summary>The server called next() on the iterator; what the app does until it yields happens inside it.</summary>
    public const string Next = "next";

    /// <summary>The iterator yielded; Args = [item].</summary>
    public const string Item = "item";

    /// <summary>The iterator was exhausted (StopIteration).</summary>
    public const string IterEnd = "iter.end";

    /// <summary>The iterator raised; Error.</summary>
    public const string IterRaise = "iter.raise";

    /// <summary>The server called result.close().</summary>
    public const string Close = "close";

    /// <summary>The app called a wsgi.input method; the kind is <c>input.</c> + the method (<c>read</c>, <c>readline</c>, <c>readlines</c>, <c>__iter__</c>, <c>close</c>, or any other attribute).</summary>
    public const string InputPrefix = "input.";

    /// <summary>The app called a wsgi.errors method; the kind is <c>errors.</c> + the method.</summary>
    public const string ErrorsPrefix = "errors.";

    /// <summary>The app called wsgi.file_wrapper (Args, Kwargs).</summary>
    public const string FileWrapper = "file_wrapper";

    /// <summary>The server finished with the exchange.</summary>
    public const string End = "end";
}
