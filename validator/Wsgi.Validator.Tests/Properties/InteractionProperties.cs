using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wsgi.Hosting;
using Wsgi.Validator.Judging;

namespace Wsgi.Validator.Tests.Properties;

/// <summary>Random valid interactions raise nothing; one random mistake in one is caught with the
/// right rule id, first. Seeds are fixed (FsCheck prints the replay seed when a property fails).</summary>
public sealed class InteractionProperties
{
    private const string Seed = "(20261125,1337)";

    [Property(Arbitrary = [typeof(InteractionArbitraries)], MaxTest = 400, Replay = Seed)]
    public Property Valid_interactions_raise_no_violation(Interaction interaction)
    {
        var (violations, response) = Exchange.Collect(new InteractionApp(interaction, null), Request(interaction));
        return (violations.Count == 0 && response.Error is null && response.CloseCalls <= 1)
            .Label($"violations: {string.Join("; ", violations)}; error: {response.Error?.Message}");
    }

    [Property(Arbitrary = [typeof(InteractionArbitraries)], MaxTest = 400, Replay = Seed)]
    public Property One_mutation_is_caught_first_with_its_rule_id(Interaction interaction, Mutation mutation)
    {
        Interaction i = Prepare(interaction, mutation);
        GatewayFaults? faults = mutation == Mutation.ServerSkipsClose ? new GatewayFaults { SkipClose = true } : null;
        var (violations, _) = Exchange.Collect(new InteractionApp(i, mutation), Request(i), faults);
        string expected = Expected(mutation);
        return (violations.Count > 0 && violations[0].RuleId == expected)
            .Label($"expected [{expected}] first; got: {string.Join("; ", violations)} for {i}");
    }

    /// <summary>The rule each mutation breaks.</summary>
    public static string Expected(Mutation m) => m switch
    {
        Mutation.StatusBytes => "start_response.status.type",
        Mutation.StatusNoSpace => "start_response.status.format",
        Mutation.StatusControlChar => "start_response.status.no_ctl",
        Mutation.HeaderNameSpace => "start_response.headers.name_token",
        Mutation.HeaderValueNewline => "start_response.headers.value_no_ctl",
        Mutation.HeaderValueNotLatin1 => "start_response.headers.latin1",
        Mutation.HeadersAsTuple => "start_response.headers.type_list",
        Mutation.HeaderPairAsList => "start_response.headers.tuple_pairs",
        Mutation.ItemStr => "iterable.items_bytes",
        Mutation.WriteStr => "write.bytes",
        Mutation.YieldBeforeStart => "start_response.before_first_body",
        Mutation.NeverStart => "start_response.must_be_called",
        Mutation.ServerSkipsClose => "iterable.close.called",
        Mutation.ContentLengthOff => "content_length.app.accurate",
        Mutation.LenWrong => "iterable.len.accurate",
        Mutation.ExcInfoList => "start_response.exc_info.type",
        _ => throw new ArgumentOutOfRangeException(nameof(m), m, "no rule for this mutation"),
    };

    // Puts the interaction in the shape the mutation needs to be observable at all
    // (a result with close() for a skipped close, a body-carrying GET for a wrong Content-Length, ...).
    private static Interaction Prepare(Interaction i, Mutation m) => m switch
    {
        Mutation.ServerSkipsClose => i with { Shape = ResultShape.Closable },
        Mutation.LenWrong => i with { Shape = ResultShape.ClosableWithLen },
        Mutation.WriteStr or Mutation.ExcInfoList => i with { StartInGenerator = false },
        Mutation.ContentLengthOff => i with
        {
            Status = 200,
            DeclareContentLength = false,
            Method = "GET",
            Headers = i.NoBody ? [("Content-Type", "text/plain"), .. i.Headers] : i.Headers,
        },
        _ => i,
    };

    private static WsgiRequest Request(Interaction i) => new(
        i.Method,
        "/",
        Headers: [("Host", "127.0.0.1")],
        Body: i.Method == "POST" ? i.RequestBody : null);
}
