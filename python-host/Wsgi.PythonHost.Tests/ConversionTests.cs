using System.Collections;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Wsgi.Hosting;
using Wsgi.Python;
using Wsgi.PythonHost.Tests.Infrastructure;

namespace Wsgi.PythonHost.Tests;

/// <summary>Values crossing the boundary: the environ and its streams into Python, start_response's
/// arguments and the result out of it.</summary>
[Collection(PythonCollection.Name)]
public sealed class ConversionTests(PythonFixture python)
{
    private static byte[] B(string s) => Encoding.Latin1.GetBytes(s);

    [Fact]
    public void The_environ_is_a_real_dict_of_python_values_with_the_pep_stream_methods()
    {
        var (response, _) = Exchange.Run(Exchange.Strict(python.Runtime.LoadApp("host_checks:environ_types")), WsgiRequest.Get("/x"));

        Assert.Null(response.Error);
        using var report = JsonDocument.Parse(response.BodyText);
        var root = report.RootElement;
        Assert.Equal("dict", root.GetProperty("environ").GetString());
        Assert.Equal(["str"], root.GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
        var types = root.GetProperty("types");
        Assert.Equal("str", types.GetProperty("REQUEST_METHOD").GetString());
        Assert.Equal("str", types.GetProperty("PATH_INFO").GetString());
        Assert.Equal("tuple", types.GetProperty("wsgi.version").GetString());
        Assert.Equal("bool", types.GetProperty("wsgi.multithread").GetString());
        Assert.Equal("Input", types.GetProperty("wsgi.input").GetString());
        Assert.Equal("Errors", types.GetProperty("wsgi.errors").GetString());
        Assert.Equal("Callable", types.GetProperty("wsgi.file_wrapper").GetString());
        Assert.Equal("(1, 0)", root.GetProperty("version").GetString());
        Assert.Equal(["read", "readline", "readlines", "__iter__"], root.GetProperty("input").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["write", "writelines", "flush"], root.GetProperty("errors").EnumerateArray().Select(m => m.GetString()));
        Assert.True(root.GetProperty("file_wrapper").GetBoolean());
    }

    [Theory]
    [InlineData("read", "line one\nline two\nend")]
    [InlineData("read3", "lin|e o|ne\n|lin|e t|wo\n|end")]
    [InlineData("readline", "line one\n|line two\n")]
    [InlineData("readlines", "line one\n|line two\n|end")]
    [InlineData("iter", "line one\n|line two\n|end")]
    public void Wsgi_input_reads_give_python_bytes(string how, string expected)
    {
        var request = new WsgiRequest("POST", Query: how, Body: B("line one\nline two\nend"));

        var (response, _) = Exchange.Run(python.Runtime.LoadApp("host_checks:read_input"), request);

        Assert.Null(response.Error);
        Assert.Equal(expected, response.BodyText);
    }

    [Fact]
    public void Wsgi_errors_takes_str_and_a_generator_of_str_and_returns_what_the_server_returns()
    {
        var (response, errors) = Exchange.Run(Exchange.Strict(python.Runtime.LoadApp("host_checks:write_errors")), WsgiRequest.Get());

        Assert.Null(response.Error);
        Assert.Equal("4", response.BodyText);
        Assert.Equal("one\ntwo\nthree\n", errors);
    }

    [Fact]
    public void A_thread_the_app_starts_can_use_wsgi_errors()
    {
        var (response, errors) = Exchange.Run(python.Runtime.LoadApp("host_checks:errors_from_thread"), WsgiRequest.Get());

        Assert.Null(response.Error);
        Assert.Equal("joined", response.BodyText);
        Assert.Equal("from a thread\n", errors);
    }

    [Fact]
    public void Start_response_gets_str_as_string_and_a_list_of_tuples_as_PyList_of_PyTuple()
    {
        var start = new StartResponseRecorder();

        object? result = python.Runtime.LoadApp("host_checks:start_arguments").Call(Exchange.Environ(), start);

        var call = Assert.Single(start.Calls);
        Assert.Equal(2, call.Length);
        Assert.Equal("200 OK", Assert.IsType<string>(call[0]));
        var headers = Assert.IsType<PyList>(call[1]);
        Assert.Collection(headers,
            h => Assert.Equal(["Content-Type", "text/plain"], Assert.IsType<PyTuple>(h)),
            h => Assert.Equal(["X-Caf\u00e9", "\u00ff"], Assert.IsType<PyTuple>(h)));
        // The write callable start_response returned is a Python callable in the app's hands.
        Assert.Equal(B("Callable"), Assert.Single(Assert.IsType<PyList>(result)));
    }

    [Fact]
    public void Start_response_gets_wrong_types_as_they_are_for_the_validator_to_see()
    {
        var start = new StartResponseRecorder();

        python.Runtime.LoadApp("host_checks:start_arguments").Call(Exchange.Environ("odd"), start);

        var call = Assert.Single(start.Calls);
        Assert.Equal(B("200 OK"), Assert.IsType<byte[]>(call[0]));
        var headers = Assert.IsType<PyTuple>(call[1]);
        Assert.Equal(["X-A", "1"], Assert.IsType<PyList>(headers[0]));
        Assert.Equal(["X-B", 2.5, null, true], Assert.IsType<PyTuple>(headers[1]));
        var excInfo = Assert.IsType<PyDict>(call[2]);
        var numbers = Assert.IsType<PyList>(excInfo["k"]);
        Assert.Equal(1, Assert.IsType<int>(numbers[0]));
        Assert.Equal(BigInteger.Pow(2, 70), Assert.IsType<BigInteger>(numbers[1]));
    }

    [Fact]
    public void A_list_result_is_a_PyList_read_at_once()
    {
        object? result = Call("list");

        Assert.Equal([B("a"), B("b")], Assert.IsType<PyList>(result));
    }

    [Fact]
    public void A_tuple_result_is_a_PyTuple()
    {
        object? result = Call("tuple");

        Assert.Equal([B("a"), B("b")], Assert.IsType<PyTuple>(result));
    }

    [Fact]
    public void A_generator_result_is_stepped_lazily_and_has_close()
    {
        object? result = Call("generator");

        Assert.IsAssignableFrom<IPyClosable>(result);
        Assert.IsNotAssignableFrom<IPyLen>(result);
        Assert.Equal([B("a"), B("b")], Exchange.Items(result));
        ((IPyClosable)result!).Close();
    }

    [Fact]
    public void Close_on_the_result_calls_the_python_close()
    {
        Exchange.Events(python.Runtime);
        object? result = Call("closing");

        Assert.Equal([B("a"), B("b")], Exchange.Items(result));
        Assert.Equal("[]", Exchange.Events(python.Runtime));
        Assert.IsAssignableFrom<IPyClosable>(result).Close();
        Assert.Equal("[\"body closed\"]", Exchange.Events(python.Runtime));
    }

    [Fact]
    public void A_result_with_len_and_no_close_is_IPyLen_only()
    {
        object? result = Call("sized");

        Assert.IsNotAssignableFrom<IPyClosable>(result);
        Assert.Equal(2, Assert.IsAssignableFrom<IPyLen>(result).Len());
        Assert.Equal([B("x"), B("y")], Exchange.Items(result));
    }

    [Theory]
    [InlineData("str", "a bare str")]
    [InlineData("none", null)]
    public void A_result_that_is_a_plain_value_stays_that_value(string kind, string? expected)
    {
        Assert.Equal(expected, Call(kind));
    }

    [Fact]
    public void A_result_that_is_no_iterable_is_opaque_with_its_python_type()
    {
        var opaque = Assert.IsType<PyOpaque>(Call("object"));

        Assert.Equal("object", opaque.TypeName);
        Assert.DoesNotContain("__iter__", opaque.Attributes);
    }

    [Fact]
    public void Str_items_stay_strings_for_the_validator_to_flag()
    {
        Assert.Equal(["a str item"], Exchange.Items(Call("str_items")));
    }

    [Fact]
    public void Keyword_arguments_reach_python_as_keywords()
    {
        var start = new StartResponseRecorder();
        var app = python.Runtime.LoadApp("hello:application");

        object? result = app.CallWithKeywords(new Dictionary<string, object?> { ["start_response"] = start }, Exchange.Environ());

        Assert.Equal([B("Hello, world!\n")], Assert.IsType<PyList>(result));
        Assert.Single(start.Calls);
    }

    private object? Call(string kind) =>
        python.Runtime.LoadApp("host_checks:result").Call(Exchange.Environ(kind), new StartResponseRecorder());
}
