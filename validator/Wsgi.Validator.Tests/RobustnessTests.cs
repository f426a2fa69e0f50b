using Wsgi.Apps;
using Wsgi.Catalogue;
using Wsgi.Hosting;
using Wsgi.Python;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Middleware;
using Wsgi.Validator.Tracing;

namespace Wsgi.Validator.Tests;

/// <summary>Bad input to the validator itself gives a violation or a clear exception, never a hang.</summary>
public sealed class RobustnessTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public void A_null_environ_is_a_violation_in_collect_mode_and_the_gateway_answers_500()
    {
        var (violations, response) = Bounded(() => Exchange.Collect(new HelloWorld(), WsgiRequest.Get("/"), new GatewayFaults { ReplaceEnviron = _ => null }));

        Violation v = Assert.Single(violations);
        Assert.Equal(Rules.EnvironTypeBuiltinDict.Id, v.RuleId);
        Assert.Equal("environ", v.Subject);
        Assert.Equal(500, response.StatusCode);
        Assert.IsType<PyTypeError>(response.Error);
    }

    [Fact]
    public void A_null_environ_called_directly_throws_the_rule_in_strict_mode()
    {
        var validator = new ValidatorMiddleware(new HelloWorld());

        var e = Assert.Throws<WsgiViolationException>(() => validator.Call(null, null));

        Assert.Equal(Rules.EnvironTypeBuiltinDict.Id, e.RuleId);
        Assert.Equal("environ", e.Violation.Subject);
    }

    [Fact]
    public void An_app_that_throws_propagates_to_the_server_and_is_recorded_as_app_raise()
    {
        var boom = new InvalidOperationException("the app failed");
        Trace? trace = null;
        var validator = new ValidatorMiddleware(
            WsgiApplication.From("thrower", (_, _) => throw boom),
            new ValidatorOptions { Mode = ValidatorMode.Collect, RecordTraces = true, ExchangeEnded = judge => trace = judge.Trace });

        WsgiResponse response = Bounded(() => new InProcessGateway().Run(validator, WsgiRequest.Get("/")));

        Assert.Same(boom, response.Error);
        Assert.Equal(500, response.StatusCode);
        Assert.Empty(validator.Log!.Violations);
        Assert.NotNull(trace);
        TraceEvent raised = Assert.Single(trace.Events, e => e.Kind == EventKinds.AppRaise);
        Assert.Equal("InvalidOperationException: the app failed", raised.Error);
        Assert.Equal(EventKinds.End, trace.Events[^1].Kind);
    }

    [Fact]
    public void An_app_that_throws_in_strict_mode_propagates_its_own_exception()
    {
        var boom = new InvalidOperationException("the app failed");
        var validator = new ValidatorMiddleware(WsgiApplication.From("thrower", (_, _) => throw boom));

        Assert.Same(boom, Assert.Throws<InvalidOperationException>(() => validator.Call(new InProcessGateway().BuildEnviron(WsgiRequest.Get("/")), PyCallable.From("start_response", _ => null))));
    }

    [Theory]
    [InlineData(ValidatorMode.Collect)]
    [InlineData(ValidatorMode.Strict)]
    public void Start_response_called_from_another_thread_works(ValidatorMode mode)
    {
        var app = WsgiApplication.From("other-thread", (environ, startResponse) =>
        {
            object? write = null;
            Assert.True(Task.Run(() => write = startResponse.Call("200 OK", WsgiApplication.Headers(("Content-Type", "text/plain")))).Wait(Bound));
            Assert.True(Task.Run(() => ((PyCallable)write!).Call("from a worker thread\n"u8.ToArray())).Wait(Bound));
            return new PyList();
        });
        var validator = new ValidatorMiddleware(app, new ValidatorOptions { Mode = mode });

        WsgiResponse response = Bounded(() => new InProcessGateway().Run(validator, WsgiRequest.Get("/")));

        Assert.Null(response.Error);
        Assert.Equal("from a worker thread\n", response.BodyText);
        Assert.Empty(validator.Log!.Violations);
    }

    [Fact]
    public void A_bad_start_response_from_another_thread_is_caught_with_its_rule()
    {
        var app = WsgiApplication.From("other-thread", (environ, startResponse) =>
        {
            Task.Run(() => startResponse.Call("200OK", WsgiApplication.Headers(("Content-Type", "text/plain")))).Wait(Bound);
            return new PyList();
        });
        var validator = new ValidatorMiddleware(app);

        WsgiResponse response = Bounded(() => new InProcessGateway().Run(validator, WsgiRequest.Get("/")));

        var inner = Assert.IsType<AggregateException>(response.Error).InnerException;
        Assert.Equal(Rules.StartResponseStatusFormat.Id, Assert.IsType<WsgiViolationException>(inner).RuleId);
        Assert.Equal("start_response(status)", Assert.Single(validator.Log!.Violations).Subject);
    }

    [Fact]
    public void A_non_callable_start_response_is_a_clear_type_error()
    {
        var validator = new ValidatorMiddleware(new HelloWorld(), new ValidatorOptions { Mode = ValidatorMode.Collect });

        var e = Assert.Throws<PyTypeError>(() => validator.Call(new InProcessGateway().BuildEnviron(WsgiRequest.Get("/")), "not callable"));

        Assert.Contains("start_response", e.Message, StringComparison.Ordinal);
    }

    private static T Bounded<T>(Func<T> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(Bound), "the exchange did not finish in time");
        return task.Result;
    }
}
