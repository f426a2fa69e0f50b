using System.Collections.Frozen;

namespace Wsgi.Apps.Broken;

/// <summary>One deliberately broken app per app-side rule the validator checks, by rule id. The
/// validator's meta-test proves each breaks exactly its rule under a correct server.</summary>
public static class BrokenApps
{
    /// <summary>Rule id to the broken app (and the request to send it).</summary>
    public static FrozenDictionary<string, BrokenApp> ByRuleId { get; } = new BrokenApp[]
    {
        AppCallableTwoArgs.Case,
        ContentLengthAppAccurate.Case,
        ErrorsAppWriteStr.Case,
        FileWrapperAppFilelikeRead.Case,
        HttpContentLengthForbiddenNoBody.Case,
        HttpNoBody1xx204.Case,
        HttpNoBody304.Case,
        InputAppArgCounts.Case,
        IterableItemsBytes.Case,
        IterableLenAccurate.Case,
        IterableReturn.Case,
        StartResponseAppOnceWithoutExcInfo.Case,
        StartResponseBeforeFirstBody.Case,
        StartResponseExcInfoType.Case,
        StartResponseHeadersLatin1.Case,
        StartResponseHeadersNameToken.Case,
        StartResponseHeadersStrTypes.Case,
        StartResponseHeadersTuplePairs.Case,
        StartResponseHeadersTypeList.Case,
        StartResponseMustBeCalled.Case,
        StartResponsePositionalOnly.Case,
        StartResponseStatusCodeRange.Case,
        StartResponseStatusFormat.Case,
        StartResponseStatusLatin1.Case,
        StartResponseStatusType.Case,
        WriteBytes.Case,
        WriteSinglePositional.Case,
        ErrorsAppNoClose.Case,
        ErrorsAppNoOtherAttrs.Case,
        InputAppNoClose.Case,
        InputAppNoOtherAttrs.Case,
        StartResponseExcInfoAppNoTrap.Case,
        StartResponseHeadersNoHopByHop.Case,
        StartResponseHeadersValueNoCtl.Case,
        StartResponseStatusNoCtl.Case,
        TransferEncodingAppForbidden.Case,
        WriteAppNotFromIterable.Case,
        Http304EntityHeaders.Case,
        HttpContentTypeForbiddenNoBody.Case,
        HttpContentTypeRequired.Case,
        HttpEtagQuoted.Case,
        HttpEtagWeakPrefixCase.Case,
        InputAppReadSizeRequired.Case,
        InputAppReadlineArgs.Case,
        IterableNotBareString.Case,
        StartResponseHeadersNoStatus.Case,
        InputAppNoOverread.Case,
        StartResponseArity.Case,
    }.ToFrozenDictionary(app => app.Rule.Id, StringComparer.Ordinal);
}
