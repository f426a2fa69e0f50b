using FsCheck;
using FsCheck.Fluent;
using G = FsCheck.Fluent.Gen;

namespace Wsgi.Conformance.Properties;

/// <summary>Generated responses (<see cref="GeneratedResponse"/>). Distributions: HEAD 1 in 5, HTTP/1.0 1 in 5;
/// the status from 26 codes of every class but 1xx (204 and 304 one in 15 together); the reason a short latin-1
/// phrase; 0 to 4 extra fields; Content-Length half the time; 0 to 2 writes and 0 to 5 items, a quarter of them
/// empty, the others 1 to 64 bytes of any value (CR, LF, NUL and 0x80-0xFF included; the scenario travels in a
/// header, where such bytes take up to 8 characters each); the result a list, a
/// closable iterable or one with <c>__len__</c>, a third each. Shrinks one step at a time: drop a field, an item
/// or a write, halve an item, then towards GET, HTTP/1.1, no Content-Length, a list, 200 OK.</summary>
public static class ResponseArbitraries
{
    private static readonly int[] Statuses = [200, 201, 202, 203, 206, 226, 299, 300, 301, 302, 303, 307, 308, 400, 403, 404, 410, 418, 422, 451, 499, 500, 502, 503, 504, 599];

    private static readonly string[] Reasons = ["OK", "Created", "Not Found", "I'm a teapot", "Caf\u00e9 cr\u00e8me", "x", "Two  spaces", "\u00ff\u00e0\u00a0end", "Ok-ish (really)"];

    /// <summary>Generated responses with their shrinker.</summary>
    public static Arbitrary<GeneratedResponse> Responses() => Arb.From(Gen(), Shrink);

    /// <summary>The generator.</summary>
    public static Gen<GeneratedResponse> Gen() =>
        from head in Chance(1, 5)
        from http10 in Chance(1, 5)
        from noBody in Chance(1, 15)
        from status in noBody ? G.Elements(204, 304) : G.Elements(Statuses)
        from reason in G.Elements(Reasons)
        from fieldCount in G.Choose(0, 4)
        from fields in G.ListOf(Field(), fieldCount)
        from declare in Chance(1, 2)
        from writeCount in G.Frequency((3, G.Constant(0)), (1, G.Choose(1, 2)))
        from writes in G.ListOf(Item(nonEmpty: true), writeCount)
        from itemCount in G.Choose(0, 5)
        from items in G.ListOf(Item(nonEmpty: false), itemCount)
        from result in G.Elements("list", "closable", "len")
        select noBody
            ? new GeneratedResponse(head, http10, status, reason, [.. fields], false, [], [.. items.Select(_ => "")], result)
            : new GeneratedResponse(head, http10, status, reason, [.. fields], declare, [.. writes], [.. items], result);

    /// <summary>Smaller responses that keep the app side correct.</summary>
    public static IEnumerable<GeneratedResponse> Shrink(GeneratedResponse r)
    {
        for (int i = 0; i < r.Fields.Count; i++)
        {
            yield return r with { Fields = [.. r.Fields.Where((_, j) => j != i)] };
        }

        for (int i = 0; i < r.Items.Count; i++)
        {
            yield return r with { Items = [.. r.Items.Where((_, j) => j != i)] };
        }

        for (int i = 0; i < r.Writes.Count; i++)
        {
            yield return r with { Writes = [.. r.Writes.Where((_, j) => j != i)] };
        }

        for (int i = 0; i < r.Items.Count; i++)
        {
            if (r.Items[i].Length > 1)
            {
                yield return r with { Items = [.. r.Items.Select((item, j) => j == i ? item[..(item.Length / 2)] : item)] };
            }
        }

        if (r.Head)
        {
            yield return r with { Head = false };
        }

        if (r.Http10)
        {
            yield return r with { Http10 = false };
        }

        if (r.DeclareLength)
        {
            yield return r with { DeclareLength = false };
        }

        if (r.Result != "list")
        {
            yield return r with { Result = "list" };
        }

        if (!r.NoBodyStatus && (r.Status, r.Reason) != (200, "OK"))
        {
            yield return r with { Status = 200, Reason = "OK" };
        }
    }

    private static Gen<bool> Chance(int one, int inN) =>
        G.Frequency((one, G.Constant(true)), (inN - one, G.Constant(false)));

    private static Gen<(string, string)> Field() =>
        from suffixLength in G.Choose(1, 8)
        from suffix in G.ListOf(G.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray()), suffixLength)
        from valueLength in G.Choose(0, 40)
        from value in G.ListOf(G.Elements(VisibleLatin1), valueLength)
        select ("X-Gen-" + new string([.. suffix]), new string([.. value]).Trim(' '));

    // Field values: VCHAR, SP inside, and obs-text (RFC 9110 §5.5).
    private static readonly char[] VisibleLatin1 = [.. Enumerable.Range(0x20, 0x7F - 0x20).Concat(Enumerable.Range(0xA0, 0x60)).Select(c => (char)c)];

    private static Gen<string> Item(bool nonEmpty) =>
        from empty in nonEmpty ? G.Constant(false) : Chance(1, 4)
        from length in G.Choose(1, 64)
        from bytes in G.ListOf(G.Choose(0, 255), length)
        select empty ? "" : new string([.. bytes.Select(b => (char)b)]);
}
