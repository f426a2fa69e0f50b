namespace Wsgi.PythonHost.Tests.Infrastructure;

/// <summary>Every test that uses Python shares one <see cref="PythonFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PythonCollection : ICollectionFixture<PythonFixture>
{
    public const string Name = "python";
}
