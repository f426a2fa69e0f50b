using System.Text;
using Wsgi.Hosting;
using Wsgi.Python;
using Wsgi.PythonHost.Tests.Infrastructure;
using Wsgi.Validator.Judging;

namespace Wsgi.PythonHost.Tests;

/// <summary>Exceptions both ways: Python's out of the call, an iteration step and close(); C#'s
/// into Python at the faulty call and back out as themselves; exc_info re-raised as the very object.</summary>
[Collection(PythonCollection.Name)]
public sealed class ExceptionTests(PythonFixture python)
{
    [Fact]
    public void A_python_exception_from_the_call_is_a_PythonAppException_with_type_message_and_traceback()
    {
        var app = python.Runtime.LoadApp("host_checks:raise_in_call");

        var e = Assert.Throws<PythonAppException>(() => app.Call(Exchange.Environ(), new StartResponseRecorder()));

        Assert.Equal("ValueError", e.PythonType);
        Assert.Equal("boom in call", e.PythonMessage);
        Assert.Equal("ValueError: boom in call", e.Message);
        Assert.StartsWith("Traceback (most recent call last):", e.PythonTraceback, StringComparison.Ordinal);
        Assert.Contains("host_checks.py\", line ", e.PythonTraceback, StringComparison.Ordinal);
        Assert.Contains("raise ValueError(\"boom in call\")", e.PythonTraceback, StringComparison.Ordinal);
        Assert.Contains(e.PythonTraceback.TrimEnd(), e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_python_exception_from_an_iteration_step_comes_out_of_MoveNext()
    {
        object? result = python.Runtime.LoadApp("host_checks:raise_in_iteration").Call(Exchange.Environ(), new StartResponseRecorder());
        var items = ((System.Collections.IEnumerable)result!).GetEnumerator();

        Assert.True(items.MoveNext());
        Assert.Equal("first"u8.ToArray(), items.Current);
        var e = Assert.Throws<PythonAppException>(() => items.MoveNext());

        Assert.Equal("RuntimeError", e.PythonType);
        Assert.Equal("boom in iteration", e.PythonMessage);
        Assert.False(items.MoveNext());
    }

    [Fact]
    public void A_python_exception_from_close_comes_out_of_Close()
    {
        object? result = python.Runtime.LoadApp("host_checks:raise_in_close").Call(Exchange.Environ(), new StartResponseRecorder());

        var e = Assert.Throws<PythonAppException>(() => Assert.IsAssignableFrom<IPyClosable>(result).Close());

        Assert.Equal("KeyError", e.PythonType);
        Assert.Equal("'boom in close'", e.PythonMessage);
    }

    [Fact]
    public void A_call_with_the_wrong_arguments_is_pythons_TypeError()
    {
        var app = python.Runtime.LoadApp("hello:application");

        var e = Assert.Throws<PythonAppException>(() => app.Call(Exchange.Environ()));

        Assert.Equal("TypeError", e.PythonType);
        Assert.Contains("start_response", e.PythonMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_response_re_raises_the_very_exc_info_exception_once_headers_are_sent()
    {
        Exchange.Events(python.Runtime);

        var (response, _) = Exchange.Run(Exchange.Strict(python.Runtime.LoadApp("host_checks:exc_info_reraise")), WsgiRequest.Get());

        var e = Assert.IsType<PythonAppException>(response.Error);
        Assert.Equal("LookupError", e.PythonType);
        Assert.Equal("original", e.PythonMessage);
        Assert.True(response.Aborted);
        Assert.Equal("partial", response.BodyText);
        Assert.Equal("[\"same object\"]", Exchange.Events(python.Runtime));
    }

    [Fact]
    public void A_strict_validators_violation_is_a_WsgiViolation_in_python_an_AssertionError_naming_the_rule()
    {
        var (response, _) = Exchange.Run(Exchange.Strict(python.Runtime.LoadApp("host_checks:catch_violation")), WsgiRequest.Get());

        Assert.Null(response.Error);
        Assert.Equal("start_response.status.type|True|wsgi_conformance_host", response.BodyText);
    }

    [Fact]
    public void A_violation_the_app_lets_through_comes_back_as_the_original_exception_with_the_python_traceback()
    {
        var (response, _) = Exchange.Run(Exchange.Strict(python.Runtime.LoadApp("start_response_status_type:application")), WsgiRequest.Get());

        var e = Assert.IsType<WsgiViolationException>(response.Error);
        Assert.Equal("start_response.status.type", e.RuleId);
        string traceback = Assert.IsType<string>(PythonAppException.TracebackOf(e));
        Assert.Contains("start_response_status_type.py\", line 9, in application", traceback, StringComparison.Ordinal);
        Assert.Contains("wsgi_conformance_host.WsgiViolation: [start_response.status.type]", traceback, StringComparison.Ordinal);
    }

    [Fact]
    public void A_C_sharp_exception_from_wsgi_input_is_OSError_in_python_and_itself_when_it_escapes()
    {
        var app = python.Runtime.LoadApp("host_checks:input_error");
        var environ = Exchange.Environ();
        var input = new FailingInput();
        environ["wsgi.input"] = input;

        var e = Assert.Throws<IOException>(() => app.Call(environ, new StartResponseRecorder()));

        Assert.Same(input.Error, e);
        Assert.Contains("in input_error", PythonAppException.TracebackOf(e), StringComparison.Ordinal);
        Assert.Contains("OSError: IOException: the client went away", PythonAppException.TracebackOf(e), StringComparison.Ordinal);

        var caught = Exchange.Environ("catch");
        caught["wsgi.input"] = new FailingInput();
        object? result = app.Call(caught, new StartResponseRecorder());
        Assert.Equal("OSError"u8.ToArray(), Assert.Single(Assert.IsType<PyList>(result)));
    }

    private sealed class FailingInput : WsgiInput
    {
        public IOException Error { get; } = new("the client went away");

        public override object? Read(params ReadOnlySpan<object?> args) => throw Error;

        public override object? ReadLine(params ReadOnlySpan<object?> args) => throw Error;
    }
}
