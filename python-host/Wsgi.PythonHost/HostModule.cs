using Python.Runtime;

namespace Wsgi.PythonHost;

/// <summary>The module <c>wsgi_conformance_host</c> (embedded <c>wsgi_conformance_host.py</c>),
/// installed once in <c>sys.modules</c> with its source registered in <c>linecache</c> (so
/// tracebacks through it show their lines), and the objects the marshaller uses from it and from
/// <c>builtins</c>. Every reference is held until the interpreter shuts down.</summary>
internal sealed class HostModule
{
    /// <summary>The module's name in <c>sys.modules</c>.</summary>
    public const string Name = "wsgi_conformance_host";

    private const string Installer = """
        import linecache, sys, types
        def install(name, source):
            filename = "<%s>" % name
            linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
            module = types.ModuleType(name)
            module.__file__ = filename
            exec(compile(source, filename, "exec"), module.__dict__)
            sys.modules[name] = module
            return module
        """;

    private readonly PyObject _module;
    private readonly PyObject _builtins;

    private HostModule(PyObject module, PyObject builtins)
    {
        _module = module;
        _builtins = builtins;
        Input = Get("Input");
        Errors = Get("Errors");
        Callable = Get("Callable");
        Iterator = Get("Iterator");
        Iterable = Get("Iterable");
        ClosingIterable = Get("ClosingIterable");
        SizedIterable = Get("SizedIterable");
        ClosingSizedIterable = Get("ClosingSizedIterable");
        Clr = Get("Clr");
        End = Get("END");
        Violation = Get("violation");
        Error = Get("error");
        Describe = Get("describe");
        DescribeObject = Get("describe_object");
        Load = Get("load");
        WsgiViolation = Get("WsgiViolation");
    }

    public IntPtr Input { get; }

    public IntPtr Errors { get; }

    public IntPtr Callable { get; }

    public IntPtr Iterator { get; }

    public IntPtr Iterable { get; }

    public IntPtr ClosingIterable { get; }

    public IntPtr SizedIterable { get; }

    public IntPtr ClosingSizedIterable { get; }

    public IntPtr Clr { get; }

    /// <summary>The sentinel a bridge's Next() returns at the end of an enumeration.</summary>
    public IntPtr End { get; }

    public IntPtr Violation { get; }

    public IntPtr Error { get; }

    public IntPtr Describe { get; }

    public IntPtr DescribeObject { get; }

    public IntPtr Load { get; }

    public IntPtr WsgiViolation { get; }

    /// <summary>Installs the module (GIL held, once per interpreter).</summary>
    public static HostModule Install()
    {
        string source;
        using (var stream = typeof(HostModule).Assembly.GetManifestResourceStream(Name + ".py")
            ?? throw new InvalidOperationException($"the embedded resource {Name}.py is missing from {typeof(HostModule).Assembly.GetName().Name}"))
        using (var reader = new StreamReader(stream))
        {
            source = reader.ReadToEnd();
        }

        using var scope = Py.CreateScope();
        scope.Exec(Installer);
        using var install = scope.Get("install");
        using var name = new PyString(Name);
        using var code = new PyString(source);
        var module = install.Invoke(name, code);
        return new HostModule(module, Py.Import("builtins"));
    }

    /// <summary>A builtin exception class by name (<c>TypeError</c>), or <see cref="IntPtr.Zero"/>
    /// when <c>builtins</c> has no exception class of that name.</summary>
    public IntPtr BuiltinException(string name)
    {
        if (!_builtins.HasAttr(name))
        {
            return IntPtr.Zero;
        }

        var value = _builtins.GetAttr(name);
        if (!PyType.IsType(value) || !IsExceptionClass(value))
        {
            value.Dispose();
            return IntPtr.Zero;
        }

        // Builtin classes live as long as the interpreter: the reference is kept on purpose.
        return LibPython.Ptr(value);
    }

    private static bool IsExceptionClass(PyObject type)
    {
        using var baseException = LibPython.Borrow(LibPython.BaseException);
        return type.IsSubclass(baseException);
    }

    // Kept for the interpreter's lifetime, like the module itself.
    private IntPtr Get(string name) => LibPython.Ptr(_module.GetAttr(name));
}
