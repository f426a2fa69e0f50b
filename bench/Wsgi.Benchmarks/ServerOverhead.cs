using BenchmarkDotNet.Attributes;
using Wsgi.Apps;
using Wsgi.Server;
using Wsgi.Validator.Middleware;

namespace Wsgi.Benchmarks;

/// <summary>The validator's cost where it runs in practice: inside the server process. The reference
/// server hosts the hello-world app twice on loopback, bare (baseline) and wrapped in the validator;
/// each operation is 32 concurrent keep-alive GETs. Ratio = wrapped time over bare time.</summary>
[SimpleJob(warmupCount: 3, iterationCount: 12)]
public class ServerOverhead
{
    private const int Concurrency = 32;

    private WsgiServerHandle _bare = null!;
    private WsgiServerHandle _strict = null!;
    private HttpClient _client = null!;
    private ValidatorMiddleware _validator = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _bare = await WsgiServer.StartAsync(new HelloWorld(), new WsgiServerOptions { Errors = TextWriter.Null });
        _validator = new ValidatorMiddleware(new HelloWorld(), new ValidatorOptions { Mode = ValidatorMode.Strict });
        _strict = await WsgiServer.StartAsync(_validator, new WsgiServerOptions { Errors = TextWriter.Null });
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
        await Batch(_bare.Uri);
        await Batch(_strict.Uri);
        if (_validator.Log!.Violations.Count > 0)
        {
            throw new InvalidOperationException("hello world must pass the validator: " + string.Join("; ", _validator.Log.Violations));
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _client.Dispose();
        await _bare.DisposeAsync();
        await _strict.DisposeAsync();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Concurrency)]
    public Task Bare() => Batch(_bare.Uri);

    [Benchmark(OperationsPerInvoke = Concurrency)]
    public Task ValidatedStrict() => Batch(_strict.Uri);

    private Task Batch(Uri uri)
    {
        var requests = new Task[Concurrency];
        for (int i = 0; i < Concurrency; i++)
        {
            requests[i] = Get(uri);
        }

        return Task.WhenAll(requests);
    }

    private async Task Get(Uri uri)
    {
        using HttpResponseMessage response = await _client.GetAsync(uri);
        if ((int)response.StatusCode != 200)
        {
            throw new InvalidOperationException($"GET {uri} answered {(int)response.StatusCode}");
        }

        await response.Content.ReadAsByteArrayAsync();
    }
}
