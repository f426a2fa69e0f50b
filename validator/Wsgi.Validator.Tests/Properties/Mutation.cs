namespace Wsgi.Validator.Tests.Properties;

/// <summary>One mistake put into an otherwise valid interaction, and the rule that must catch it.</summary>
public enum Mutation
{
    /// <summary>status passed as bytes: start_response.status.type.</summary>
    StatusBytes,

    /// <summary>status without the space ("200OK"): start_response.status.format.</summary>
    StatusNoSpace,

    /// <summary>a control byte in the reason phrase: start_response.status.no_ctl.</summary>
    StatusControlChar,

    /// <summary>a header name with a space: start_response.headers.name_token.</summary>
    HeaderNameSpace,

    /// <summary>CR LF inside a header value: start_response.headers.value_no_ctl.</summary>
    HeaderValueNewline,

    /// <summary>a character above U+00FF in a header value: start_response.headers.latin1.</summary>
    HeaderValueNotLatin1,

    /// <summary>headers as a tuple: start_response.headers.type_list.</summary>
    HeadersAsTuple,

    /// <summary>one header pair as a list: start_response.headers.tuple_pairs.</summary>
    HeaderPairAsList,

    /// <summary>a str item in the body: iterable.items_bytes.</summary>
    ItemStr,

    /// <summary>write() with a str: write.bytes.</summary>
    WriteStr,

    /// <summary>an item yielded before start_response: start_response.before_first_body.</summary>
    YieldBeforeStart,

    /// <summary>start_response never called: start_response.must_be_called.</summary>
    NeverStart,

    /// <summary>the server never calls close(): iterable.close.called.</summary>
    ServerSkipsClose,

    /// <summary>Content-Length one more than the body: content_length.app.accurate.</summary>
    ContentLengthOff,

    /// <summary>len() one more than the items: iterable.len.accurate.</summary>
    LenWrong,

    /// <summary>exc_info passed as a list: start_response.exc_info.type.</summary>
    ExcInfoList,
}
