namespace Wsgi.Server.Tests.Properties;

/// <summary>One generated request: its bytes, and what the server must do with it.</summary>
/// <param name="Id">The X-Id the app echoes back, to tie a response to its request.</param>
/// <param name="Bytes">The request as sent.</param>
/// <param name="Mutation">null for a valid request, else which defect was put in.</param>
/// <param name="ExpectedPath">For a valid request, the decoded PATH_INFO the app must see.</param>
/// <param name="BodyLength">For a valid request, the decoded body length the app must read.</param>
public sealed record GeneratedRequest(int Id, byte[] Bytes, string? Mutation, string ExpectedPath, int BodyLength)
{
    public bool IsValid => Mutation is null;

    public override string ToString() =>
        $"#{Id} {(Mutation ?? "valid")}: {Wsgi.Python.Py.BytesRepr(Bytes.AsSpan(0, Math.Min(Bytes.Length, 400)))}";
}
