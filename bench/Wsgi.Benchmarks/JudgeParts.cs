using BenchmarkDotNet.Attributes;
using Wsgi.Hosting;
using Wsgi.Python;
using Wsgi.Validator.Judging;

namespace Wsgi.Benchmarks;

/// <summary>Where the validator's time goes: the judge's steps for one hello-world exchange, each alone.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class JudgeParts
{
    private static readonly ViolationLog Sink = new(strict: true);
    private static readonly PyCallable App = PyCallable.From("app", _ => null);
    private static readonly object?[] StartArgs = ["200 OK", WsgiApplication.Headers(("Content-Type", "text/plain"), ("Content-Length", "14"))];
    private static readonly byte[] Item = "Hello, world!\n"u8.ToArray();
    private PyDict _environ = null!;

    [GlobalSetup]
    public void Setup() => _environ = new InProcessGateway().BuildEnviron(new WsgiRequest(Headers: [("Host", "127.0.0.1"), ("User-Agent", "bench"), ("Accept", "*/*")]));

    [Benchmark]
    public object NewJudge() => new ExchangeJudge(Sink);

    [Benchmark]
    public ExchangeJudge Environ()
    {
        var judge = new ExchangeJudge(Sink);
        judge.Invoke(2, null, _environ, App);
        return judge;
    }

    [Benchmark]
    public ExchangeJudge StartResponse()
    {
        var judge = new ExchangeJudge(Sink);
        judge.StartResponseCalled(StartArgs, null);
        judge.StartResponseReturned(App);
        return judge;
    }

    [Benchmark]
    public ExchangeJudge Body()
    {
        var judge = new ExchangeJudge(Sink);
        judge.AppReturned(Item);
        judge.IterStarted();
        judge.NextRequested();
        judge.ItemYielded(Item);
        judge.NextRequested();
        judge.IterationEnded();
        judge.CloseCalled();
        judge.End();
        return judge;
    }
}
