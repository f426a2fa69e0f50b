using BenchmarkDotNet.Attributes;
using Wsgi.Hosting;
using Wsgi.Python;
using Wsgi.Validator.Middleware;

namespace Wsgi.Benchmarks;

/// <summary>The validator's cost on the hello-world app served in process: the same gateway serves
/// the bare app (baseline) and the app wrapped in the validator (strict, and collect). The ratio
/// column is wrapped time over bare time; throughput ratio is its inverse.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 12)]
public class ValidatorOverhead
{
    private static readonly byte[] Body = "Hello, world!\n"u8.ToArray();

    private readonly InProcessGateway _gateway = new();
    private readonly WsgiRequest _request = new(Headers: [("Host", "127.0.0.1"), ("User-Agent", "bench"), ("Accept", "*/*")]);
    private PyCallable _app = null!;
    private ValidatorMiddleware _strict = null!;
    private ValidatorMiddleware _collect = null!;

    [GlobalSetup]
    public void Setup()
    {
        _app = WsgiApplication.From("hello", (environ, startResponse) =>
        {
            startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Type", "text/plain"), ("Content-Length", "14")));
            return new PyList { Body };
        });
        _strict = new ValidatorMiddleware(_app, new ValidatorOptions { Mode = ValidatorMode.Strict });
        _collect = new ValidatorMiddleware(_app, new ValidatorOptions { Mode = ValidatorMode.Collect });
        if (_gateway.Run(_strict, _request).StatusCode != 200 || _strict.Log!.Violations.Count != 0)
        {
            throw new InvalidOperationException("the hello-world app must pass the validator: " + string.Join("; ", _strict.Log!.Violations));
        }
    }

    [Benchmark(Baseline = true)]
    public int Bare() => _gateway.Run(_app, _request).StatusCode;

    [Benchmark]
    public int ValidatedStrict() => _gateway.Run(_strict, _request).StatusCode;

    [Benchmark]
    public int ValidatedCollect() => _gateway.Run(_collect, _request).StatusCode;
}
