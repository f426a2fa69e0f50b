using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Properties;

namespace Wsgi.Conformance.Tests.Properties;

/// <summary>The generators keep their promises: the oracle reads back what was generated, header blocks
/// stay small, X-Probe is never generated, shrinking only simplifies, and a seed gives the same requests.
/// Seeds are fixed (FsCheck prints the replay seed when a property fails).</summary>
public sealed class GeneratorProperties
{
    private const string Seed = "(20261125,3333)";
    private static readonly Target Here = Target.Parse("http://127.0.0.1:8000/app/");

    [Property(Arbitrary = [typeof(GeneratorProperties)], MaxTest = 500, Replay = Seed)]
    public Property The_oracle_reads_back_what_was_generated(GeneratedRequest request)
    {
        byte[] bytes = request.Render(Here, [("X-Probe", "e30")]);
        ParsedRequest parsed = RequestOracle.Parse(bytes);
        ExpectedEnviron e = EnvironOracle.Expect(bytes, Here.Mount);
        string path = "/" + string.Join('/', request.Segments.Select(s => RequestOracle.PercentDecode(string.Concat(s))));
        return (parsed.Method == request.Method && parsed.Version == request.Version && e.Input.AsSpan().SequenceEqual(request.Body.Data) &&
                e["PATH_INFO"]!.Accepted.SequenceEqual([path]) && parsed.Chunked == (request.Body.Kind == BodyKind.Chunked))
            .Label($"{request}: {Wsgi.Python.Py.BytesRepr(bytes)}");
    }

    [Property(Arbitrary = [typeof(GeneratorProperties)], MaxTest = 500, Replay = Seed)]
    public Property Header_blocks_are_small_and_never_name_X_Probe(GeneratedRequest request)
    {
        int block = request.Headers.Sum(h => h.Name.Length + h.Value.Length + 4);
        return (block <= HeaderArbitraries.MaxBlockBytes &&
                request.Headers.All(h => !h.Name.Replace('_', '-').StartsWith("x-probe", StringComparison.OrdinalIgnoreCase)) &&
                request.Headers.All(h => h.Value.All(c => c is >= ' ' and <= '\u00ff' and not '\u007f' || c == '\t') && h.Value == h.Value.Trim(' ', '\t')) &&
                Encoding.Latin1.GetString(request.Render(Here, [])).Split("\r\n\r\n")[0].Length < 4096)
            .Label($"{block} bytes: {request}");
    }

    [Property(Arbitrary = [typeof(GeneratorProperties)], MaxTest = 200, Replay = Seed)]
    public Property Shrinking_gives_valid_smaller_requests(GeneratedRequest request)
    {
        int size = Size(request);
        return RequestArbitraries.Shrink(request).Take(40).All(c =>
            Size(c) <= size && EnvironOracle.Expect(c.Render(Here, []), Here.Mount) is not null &&
            !(c.Http10 && c.Body.Kind == BodyKind.Chunked)).Label(request.ToString());
    }

    [Fact]
    public void The_same_seed_and_index_give_the_same_request_and_others_differ()
    {
        var arbitrary = RequestArbitraries.Requests();
        string[] first = [.. Enumerable.Range(0, 50).Select(i => Describe(PropertyCheck.Example(arbitrary, 42, i)))];
        string[] again = [.. Enumerable.Range(0, 50).Select(i => Describe(PropertyCheck.Example(arbitrary, 42, i)))];
        string[] other = [.. Enumerable.Range(0, 50).Select(i => Describe(PropertyCheck.Example(arbitrary, 43, i)))];

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.True(first.Distinct().Count() > 45, "examples repeat");
    }

    /// <summary>The arbitrary the properties use.</summary>
    public static Arbitrary<GeneratedRequest> Requests() => RequestArbitraries.Requests();

    private static string Describe(GeneratedRequest r) => Wsgi.Python.Py.BytesRepr(r.Render(Here, []));

    private static int Size(GeneratedRequest r) => r.Render(Here, []).Length + r.Method.Length + (r.AbsoluteForm ? 1 : 0) + (r.Http10 ? 1 : 0);
}
