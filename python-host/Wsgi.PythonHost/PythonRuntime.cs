using System.Runtime.InteropServices;
using Python.Runtime;
using Wsgi.Python;
using Py = Python.Runtime.Py;

namespace Wsgi.PythonHost;

/// <summary>CPython in this process (through pythonnet), owned by one dedicated thread that runs
/// every Python operation the host makes, in order, from a queue. One per process: pythonnet hosts
/// a single interpreter, and CPython cannot be started again once shut down.</summary>
/// <example><code>
/// var python = PythonRuntime.Start(PythonRuntime.DebianLibPython, ["reference-apps/python"]);
/// PyCallable app = python.LoadApp("hello:application");
/// await using var server = await WsgiServer.StartAsync(new ValidatorMiddleware(app));
/// </code></example>
public sealed class PythonRuntime : IDisposable
{
    /// <summary>Debian 12's CPython 3.11 shared library (package <c>libpython3.11</c>); its
    /// <c>sys.path</c> includes Debian's <c>/usr/lib/python3/dist-packages</c> (python3-flask...).</summary>
    public const string DebianLibPython = "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0";

    private static readonly Lock Gate = new();
    private static PythonRuntime? s_current;
    private static string? s_ended;
    private static bool s_exitHooked;

    private readonly InterpreterThread _thread;
    private readonly IntPtr _library;
    private Marshaller? _marshaller;

    private PythonRuntime(string libPythonPath, IntPtr library, IReadOnlyList<string> sysPath)
    {
        LibPythonPath = libPythonPath;
        _library = library;
        _thread = new InterpreterThread(() => Startup(sysPath), () => _marshaller?.ReleaseReturned(), () =>
        {
            _marshaller?.ReleaseReturned();
            PythonEngine.Shutdown();
        });
    }

    /// <summary>The running runtime of this process, or <c>null</c>.</summary>
    public static PythonRuntime? Current
    {
        get
        {
            lock (Gate)
            {
                return s_current;
            }
        }
    }

    /// <summary>The full path of the libpython in use.</summary>
    public string LibPythonPath { get; }

    /// <summary>The interpreter's <c>sys.version</c>, like <c>3.11.2 (main, ...) [GCC 12.2.0]</c>.</summary>
    public string Version { get; private set; } = "";

    private Marshaller Marshaller => _marshaller ?? throw new InvalidOperationException("the Python runtime has not started");

    /// <summary>Starts CPython from <paramref name="libPythonPath"/> on its own thread and puts
    /// <paramref name="sysPath"/> folders first on <c>sys.path</c> (like PYTHONPATH), or returns the
    /// runtime already running on that same library, with the folders added.</summary>
    /// <exception cref="PythonHostException">The library is missing, is not a loadable CPython shared
    /// library, another one is already running, the interpreter was shut down earlier in this
    /// process, or it failed to start. The message says which path and what to install.</exception>
    public static PythonRuntime Start(string libPythonPath, IEnumerable<string>? sysPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(libPythonPath);
        string full = Path.GetFullPath(libPythonPath);
        string[] folders = [.. (sysPath ?? []).Select(Path.GetFullPath)];
        lock (Gate)
        {
            if (s_current is { } same && same.LibPythonPath == full)
            {
                same.AddSysPath(folders);
                return same;
            }

            IntPtr library = LoadLibrary(full);
            if (s_current is { } running)
            {
                throw new PythonHostException($"a Python runtime is already running in this process on {running.LibPythonPath}; pythonnet hosts one interpreter per process, so {full} cannot be started as well. Use PythonRuntime.Current.");
            }

            if (s_ended is { } ended)
            {
                throw new PythonHostException($"the Python runtime of this process {ended}; CPython cannot be started twice in one process: run in a new process.");
            }

            if (!s_exitHooked)
            {
                // Registered before pythonnet's own handler, so the interpreter is shut down on its own thread first.
                AppDomain.CurrentDomain.ProcessExit += static (_, _) => Current?.Dispose();
                s_exitHooked = true;
            }

            var runtime = new PythonRuntime(full, library, folders);
            try
            {
                runtime._thread.Started.GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                s_ended = $"failed to start ({e.GetType().Name}: {e.Message})";
                throw new PythonHostException($"CPython did not start from {full}: {e.GetType().Name}: {e.Message}. Check that it is a CPython 3.7 to 3.13 shared library with its standard library installed (Debian: apt-get install libpython3.11).", e);
            }

            s_current = runtime;
            return runtime;
        }
    }

    /// <summary>Loads the WSGI application <paramref name="spec"/> (<c>module:attribute</c>, the
    /// attribute <c>application</c> by default), importing its module from <c>sys.path</c>.</summary>
    /// <exception cref="PythonHostException">The name is malformed, the import or attribute lookup
    /// raised (the message has Python's error, <see cref="PythonHostException.PythonTraceback"/> the
    /// traceback), or the object is not callable.</exception>
    public PyCallable LoadApp(string spec)
    {
        object app = LoadAppObject(spec);
        if (app is PyOpaque other)
        {
            throw new PythonHostException($"{spec} is not callable: it is a {other.TypeName}, {other.ReprText}. A WSGI application is a callable taking (environ, start_response).");
        }

        return (PyCallable)app;
    }

    /// <summary>Like <see cref="LoadApp"/>, but an object that is not callable is returned as a
    /// <see cref="PyOpaque"/> (type name, repr, attributes) instead of refused, so that a validator
    /// wrapping it reports app.callable_two_args.</summary>
    public object LoadAppObject(string spec)
    {
        var parsed = AppSpec.Parse(spec);
        var marshaller = Marshaller;
        return marshaller.Thread.Run<object>(() =>
        {
            PyObject app;
            try
            {
                app = marshaller.Load(parsed.Module, parsed.Attribute);
            }
            catch (PythonException e)
            {
                var error = marshaller.FromPythonError(e);
                string hint = error is PythonAppException { PythonType: "ModuleNotFoundError" }
                    ? $" sys.path is [{string.Join(", ", SysPathOnThread())}]: pass the app's folder to PythonRuntime.Start or AddSysPath."
                    : "";
                throw new PythonHostException($"cannot load the WSGI application {parsed}: {error.Message}.{hint}", PythonAppException.TracebackOf(error) ?? "", error);
            }

            if (app.IsCallable())
            {
                return new PythonApp(marshaller, app, parsed.ToString());
            }

            try
            {
                return marshaller.FromPython(LibPython.Ptr(app))!;
            }
            finally
            {
                app.Dispose();
            }
        });
    }

    /// <summary>Puts <paramref name="folders"/> first on <c>sys.path</c>, in order, leaving out those already there.</summary>
    public void AddSysPath(IEnumerable<string> folders)
    {
        string[] full = [.. folders.Select(Path.GetFullPath)];
        Marshaller.Thread.Run(() =>
        {
            AddSysPathOnThread(full);
            return 0;
        });
    }

    /// <summary>The interpreter's <c>sys.path</c>, in order.</summary>
    public IReadOnlyList<string> SysPath => Marshaller.Thread.Run(SysPathOnThread);

    /// <summary>How long a request's Python work (the app call, one iteration step, close()) may take before
    /// the caller gets a <see cref="TimeoutException"/> (the server answers 500) and the interpreter thread is
    /// interrupted with <c>KeyboardInterrupt</c>; infinite by default. Set it after loading the app (imports
    /// may be slow). A call blocked inside C (a long <c>time.sleep</c>) cannot be interrupted.</summary>
    public TimeSpan CallTimeout
    {
        get => _thread.WorkTimeout;
        set => _thread.WorkTimeout = value > TimeSpan.Zero || value == Timeout.InfiniteTimeSpan
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "a positive time, or Timeout.InfiniteTimeSpan");
    }

    /// <summary>Shuts the interpreter down on its thread (Python's atexit handlers run, its
    /// buffers are flushed) and waits at most <paramref name="timeout"/>. <c>false</c> when it did
    /// not finish in time: the thread is a background thread and does not keep the process alive.
    /// The process cannot start another runtime afterwards.</summary>
    public bool Shutdown(TimeSpan timeout)
    {
        lock (Gate)
        {
            if (s_current == this)
            {
                s_current = null;
                s_ended = "was shut down";
            }
        }

        return _thread.Stop(timeout);
    }

    /// <summary><see cref="Shutdown"/> with ten seconds to finish.</summary>
    public void Dispose() => Shutdown(TimeSpan.FromSeconds(10));

    private static IntPtr LoadLibrary(string path)
    {
        if (!File.Exists(path))
        {
            throw new PythonHostException($"libpython not found at {path}. On Debian or Ubuntu install CPython's shared library: apt-get install libpython3.11 (it provides {DebianLibPython}); or pass the path of another CPython 3 shared library (libpython3.X.so.1.0).");
        }

        IntPtr library;
        try
        {
            library = NativeLibrary.Load(path);
        }
        catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
        {
            throw new PythonHostException($"cannot load {path} as a shared library: {e.Message}. Pass CPython's shared library (libpython3.X.so.1.0, Debian package libpython3.X), not the python executable or the static libpython3.X.a.", e);
        }

        if (!NativeLibrary.TryGetExport(library, "Py_InitializeEx", out _) || !NativeLibrary.TryGetExport(library, "PyUnicode_DecodeUTF16", out _))
        {
            throw new PythonHostException($"{path} is a shared library but not CPython's (it has no Py_InitializeEx). Pass libpython3.X.so.1.0 (Debian package libpython3.X).");
        }

        return library;
    }

    private void Startup(IReadOnlyList<string> sysPath)
    {
        Runtime.PythonDLL = LibPythonPath;
        PythonEngine.Initialize();
        LibPython.Bind(_library);
        _marshaller = new Marshaller(_thread, HostModule.Install());
        AddSysPathOnThread(sysPath);
        using var sys = Py.Import("sys");
        using var version = sys.GetAttr("version");
        Version = version.ToString() ?? "";
    }

    private static void AddSysPathOnThread(IReadOnlyList<string> folders)
    {
        using var sys = Py.Import("sys");
        using var path = sys.GetAttr("path");
        var present = SysPathOnThread();
        for (int i = folders.Count - 1; i >= 0; i--)
        {
            if (!present.Contains(folders[i], StringComparer.Ordinal))
            {
                using var folder = new PyString(folders[i]);
                using var insert = path.GetAttr("insert");
                using var zero = new PyInt(0);
                insert.Invoke(zero, folder).Dispose();
            }
        }
    }

    private static List<string> SysPathOnThread()
    {
        using var sys = Py.Import("sys");
        using var path = sys.GetAttr("path");
        var list = new List<string>();
        long n = path.Length();
        for (int i = 0; i < n; i++)
        {
            using var item = path.GetItem(i);
            list.Add(item.ToString() ?? "");
        }

        return list;
    }
}
