namespace Wsgi.Conformance.Tests.InProcess;

/// <summary>Every test that hosts Python in this process.</summary>
[CollectionDefinition(PythonInProcess.Collection)]
public sealed class PythonInProcessCollection : ICollectionFixture<PythonInProcess>;
