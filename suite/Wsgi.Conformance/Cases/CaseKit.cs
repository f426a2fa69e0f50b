using Wsgi.Catalogue;
using Wsgi.Conformance.Running;
using Trace = Wsgi.Validator.Tracing.Trace;

namespace Wsgi.Conformance.Cases;

/// <summary>Builders for the common shapes of case, so that most cases are one declaration.</summary>
internal static class CaseKit
{
    /// <summary>A case id: the rule id, or <c>rule.id/variant</c>.</summary>
    public static string Id(Rule rule, string? variant) => variant is null ? rule.Id : $"{rule.Id}/{variant}";

    /// <summary>Sends <paramref name="request"/> (the default GET when null) and judges the probe's trace for <paramref name="rule"/>.</summary>
    public static Case Judged(Rule rule, ProbeRequest? request = null, string? variant = null, string? title = null) =>
        new(Id(rule, variant), title ?? rule.Summary, [rule], async (ctx, ev) =>
        {
            var (_, trace) = await ctx.ProbeAsync(ev, request ?? new ProbeRequest()).ConfigureAwait(false);
            Expect.Trace(ev, trace, [rule]);
        });

    /// <summary>Sends <paramref name="request"/> and checks one environ value against what PEP 3333 and CGI require.</summary>
    public static Case Environ(Rule rule, string? variant, string title, ProbeRequest request, string key, Func<CaseContext, string?> expected) =>
        new(Id(rule, variant), title, [rule], async (ctx, ev) =>
        {
            var (_, trace) = await ctx.ProbeAsync(ev, request).ConfigureAwait(false);
            Expect.EnvironEquals(ev, trace, key, expected(ctx), rule);
        });

    /// <summary>A case with a custom check of the probe's trace after one request.</summary>
    public static Case WithTrace(Rule rule, string? variant, string title, ProbeRequest request, Action<CaseContext, Evidence, Trace?> check) =>
        new(Id(rule, variant), title, [rule], async (ctx, ev) =>
        {
            var (_, trace) = await ctx.ProbeAsync(ev, request).ConfigureAwait(false);
            check(ctx, ev, trace);
        });
}
