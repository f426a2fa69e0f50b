namespace Wsgi.Catalogue;

// Imported once from shared/spec/pep3333-rules.md (quotes checked against PEP 3333); edit here from now on.
public static partial class Rules
{
    /// <summary>HTTP heuristics the anchors add (not in PEP 3333).</summary>
    public static readonly RuleGroup Group17 = new(17, "HTTP heuristics the anchors add (not in PEP 3333)");

    /// <summary>Content-Type is present unless the status is 204 or 304.</summary>
    public static readonly Rule HttpContentTypeRequired = new(
        "http.content_type.required", Party.App, Level.Should, "ext (lint)", Group17,
        Section: "—",
        Summary: "Content-Type is present unless the status is 204 or 304.",
        Quote: "[lint] A Content-Type header is present unless the status is 204 or 304.",
        Anchors: "WR, PL",
        Observability: "P");

    /// <summary>No Content-Type on 204/304 (Rack: 1xx, 204, 304).</summary>
    public static readonly Rule HttpContentTypeForbiddenNoBody = new(
        "http.content_type.forbidden_no_body", Party.App, Level.Should, "ext (lint)", Group17,
        Section: "—",
        Summary: "No Content-Type on 204/304 (Rack: 1xx, 204, 304).",
        Quote: "[lint] No Content-Type header on 204 or 304 responses (Rack: on 1xx, 204 and 304).",
        Anchors: "WR, PL, RK",
        Observability: "P");

    /// <summary>No Content-Length on 1xx/204 (Rack also rejects it on 304).</summary>
    public static readonly Rule HttpContentLengthForbiddenNoBody = new(
        "http.content_length.forbidden_no_body", Party.App, Level.Must, "ext (RFC 9110 §8.6)", Group17,
        Section: "—",
        Summary: "No Content-Length on 1xx/204 (Rack also rejects it on 304).",
        Quote: "[RFC 9110 §8.6] A server MUST NOT send a Content-Length header field in any response with a status code of 1xx (Informational) or 204 (No Content).",
        Anchors: "RK; WZ(w) inverted: warns unless Content-Length is exactly 0 on 1xx/204",
        Observability: "P");

    /// <summary>1xx and 204 responses carry no body.</summary>
    public static readonly Rule HttpNoBody1xx204 = new(
        "http.no_body.1xx_204", Party.App, Level.Must, "ext (RFC 9110)", Group17,
        Section: "—",
        Summary: "1xx and 204 responses carry no body.",
        Quote: "[RFC 9110 §15.2, §15.3.5] A 1xx or 204 response is terminated by the end of the header section; it cannot contain content or trailers.",
        Anchors: "WZ(w)",
        Observability: "B+P");

    /// <summary>304 responses carry no body.</summary>
    public static readonly Rule HttpNoBody304 = new(
        "http.no_body.304", Party.App, Level.Must, "ext (RFC 9110)", Group17,
        Section: "—",
        Summary: "304 responses carry no body.",
        Quote: "[RFC 9110 §15.4.5] A 304 response is terminated by the end of the header section; it cannot contain content or trailers.",
        Anchors: "WZ(w)",
        Observability: "B+P");

    /// <summary>A 304 carries no entity headers except Expires and Content-Location.</summary>
    public static readonly Rule Http304EntityHeaders = new(
        "http.304.entity_headers", Party.App, Level.Should, "ext (RFC 2616 era)", Group17,
        Section: "—",
        Summary: "A 304 carries no entity headers except Expires and Content-Location.",
        Quote: "[RFC 2616 §10.3.5] A 304 response carries no entity headers other than Expires and Content-Location.",
        Anchors: "WZ(w)",
        Observability: "P");

    /// <summary>ETag is a quoted string, optionally prefixed W/.</summary>
    public static readonly Rule HttpEtagQuoted = new(
        "http.etag.quoted", Party.App, Level.Should, "ext (RFC 9110 §8.8.3)", Group17,
        Section: "—",
        Summary: "ETag is a quoted string, optionally prefixed W/.",
        Quote: "[RFC 9110 §8.8.3] entity-tag = [ weak ] opaque-tag; opaque-tag = DQUOTE *etagc DQUOTE",
        Anchors: "WZ(w)",
        Observability: "P");

    /// <summary>The weak prefix is upper-case 'W/'.</summary>
    public static readonly Rule HttpEtagWeakPrefixCase = new(
        "http.etag.weak_prefix_case", Party.App, Level.Should, "ext (RFC 9110 §8.8.3)", Group17,
        Section: "—",
        Summary: "The weak prefix is upper-case 'W/'.",
        Quote: "[RFC 9110 §8.8.3] weak = %s\"W/\" (the weak prefix is case-sensitive: upper-case W/)",
        Anchors: "WZ(w)",
        Observability: "P");

    /// <summary>The Location header is an absolute URL.</summary>
    public static readonly Rule HttpLocationAbsolute = new(
        "http.location.absolute", Party.App, Level.May, "ext (RFC 2616; RFC 9110 allows relative)", Group17,
        Section: "—",
        Summary: "The Location header is an absolute URL.",
        Quote: "[RFC 2616 §14.30] Location = \"Location\" \":\" absoluteURI (RFC 9110 §10.2.2 allows a relative reference)",
        Anchors: "WZ(w)",
        Observability: "P");

    private static Rule[] InGroup17 => [HttpContentTypeRequired, HttpContentTypeForbiddenNoBody, HttpContentLengthForbiddenNoBody, HttpNoBody1xx204, HttpNoBody304, Http304EntityHeaders, HttpEtagQuoted, HttpEtagWeakPrefixCase, HttpLocationAbsolute];
}
