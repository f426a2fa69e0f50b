using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wsgi.Conformance.Properties;
using Wsgi.Conformance.Running;

namespace Wsgi.Conformance.Tests.Properties;

/// <summary>The reference server agrees with the oracle on every generated request (FsCheck shrinks a
/// failure and prints the replay seed).</summary>
public sealed class ReferenceServerProperties(ReferenceServerFixture server) : IClassFixture<ReferenceServerFixture>
{
    private const string Seed = "(20261125,7)";

    [Property(Arbitrary = [typeof(GeneratorProperties)], MaxTest = 300, Replay = Seed)]
    public Property The_reference_server_agrees_with_the_oracle(GeneratedRequest request)
    {
        var ctx = new CaseContext(server.Probe, "oracle-property", 1, CancellationToken.None);
        ExampleResult<GeneratedRequest> result = PropertyCheck.SendAsync(ctx, request, [.. Wsgi.Catalogue.Rules.All]).GetAwaiter().GetResult();
        return result.Agrees.Label($"{request}: {result.Problem} {string.Join("; ", result.Mismatches)} in {Wsgi.Python.Py.BytesRepr(result.Bytes)}");
    }
}
