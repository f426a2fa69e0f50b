using Wsgi.Hosting;
using Wsgi.Python;
using Wsgi.PythonHost.Tests.Infrastructure;
using Wsgi.Validator.Judging;

namespace Wsgi.PythonHost.Tests;

/// <summary>Starting the runtime and loading apps: what is reported when something is missing or wrong.</summary>
[Collection(PythonCollection.Name)]
public sealed class StartupTests(PythonFixture python)
{
    [Fact]
    public void A_missing_libpython_says_which_path_and_what_to_install()
    {
        const string missing = "/nonexistent/lib/libpython3.11.so.1.0";

        var e = Assert.Throws<PythonHostException>(() => PythonRuntime.Start(missing));

        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install libpython3.11", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_no_shared_library_is_refused_with_the_reason()
    {
        string notALibrary = Path.Combine(Repo.PythonApps, "hello.py");

        var e = Assert.Throws<PythonHostException>(() => PythonRuntime.Start(notALibrary));

        Assert.Contains($"cannot load {notALibrary} as a shared library", e.Message, StringComparison.Ordinal);
        Assert.Contains("libpython3.X.so.1.0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Starting_again_on_the_same_library_gives_the_running_runtime_with_the_folders_added()
    {
        string folder = Path.Combine(Repo.Root, "python-host");

        var again = PythonRuntime.Start(PythonRuntime.DebianLibPython, [folder]);

        Assert.Same(python.Runtime, again);
        Assert.Same(python.Runtime, PythonRuntime.Current);
        Assert.Contains(folder, again.SysPath);
    }

    [Fact]
    public void It_is_debians_python_3_11_with_debians_packages_on_sys_path()
    {
        Assert.StartsWith("3.11.", python.Runtime.Version, StringComparison.Ordinal);
        Assert.Contains("/usr/lib/python3/dist-packages", python.Runtime.SysPath);
        Assert.Equal(Path.GetFullPath(PythonRuntime.DebianLibPython), python.Runtime.LibPythonPath);
    }

    [Fact]
    public void An_import_that_raises_is_reported_with_pythons_traceback()
    {
        var e = Assert.Throws<PythonHostException>(() => python.Runtime.LoadApp("import_error:application"));

        Assert.Contains("cannot load the WSGI application import_error:application: RuntimeError: broken at import", e.Message, StringComparison.Ordinal);
        Assert.Contains("import_error.py\", line 6, in <module>", e.PythonTraceback, StringComparison.Ordinal);
        Assert.Contains(e.PythonTraceback!, e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_not_on_sys_path_is_reported_with_sys_path()
    {
        var e = Assert.Throws<PythonHostException>(() => python.Runtime.LoadApp("no_such_module_here:application"));

        Assert.Contains("ModuleNotFoundError: No module named 'no_such_module_here'", e.Message, StringComparison.Ordinal);
        Assert.Contains(Repo.PythonApps, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_attribute_is_reported()
    {
        var e = Assert.Throws<PythonHostException>(() => python.Runtime.LoadApp("hello:app"));

        Assert.Contains("AttributeError: module 'hello' has no attribute 'app'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello:")]
    [InlineData("hello world")]
    [InlineData("hello:application()")]
    public void A_malformed_name_says_what_is_expected(string spec)
    {
        var e = Assert.Throws<PythonHostException>(() => python.Runtime.LoadApp(spec));

        Assert.Contains("module:attribute", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_attribute_defaults_to_application()
    {
        var app = Assert.IsType<PythonApp>(python.Runtime.LoadApp("hello"));

        Assert.Equal("hello:application", app.Spec);
    }

    [Fact]
    public void An_object_that_is_not_callable_is_refused_by_LoadApp_and_opaque_from_LoadAppObject()
    {
        var e = Assert.Throws<PythonHostException>(() => python.Runtime.LoadApp("host_checks:NOT_CALLABLE"));
        Assert.Contains("host_checks:NOT_CALLABLE is not callable: it is a object", e.Message, StringComparison.Ordinal);

        var opaque = Assert.IsType<PyOpaque>(python.Runtime.LoadAppObject("app_callable_two_args:application"));
        Assert.Equal("app_callable_two_args.NotAnApp", opaque.TypeName);
        Assert.False(opaque.HasAttr("__call__"));
    }

    [Fact]
    public void A_validator_around_an_object_that_is_not_callable_reports_app_callable_two_args()
    {
        var validator = Exchange.Strict(python.Runtime.LoadAppObject("app_callable_two_args:application"));

        var (response, _) = Exchange.Run(validator, WsgiRequest.Get());

        Assert.Equal("app.callable_two_args", Assert.IsType<WsgiViolationException>(response.Error).RuleId);
    }
}
