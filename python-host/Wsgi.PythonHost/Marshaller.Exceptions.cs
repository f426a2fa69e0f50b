using System.Runtime.ExceptionServices;
using Python.Runtime;
using Wsgi.Validator.Judging;

namespace Wsgi.PythonHost;

// Exceptions both ways (GIL held).
internal sealed partial class Marshaller
{
    private readonly Dictionary<Type, IntPtr> _exceptionClasses = [];

    /// <summary>The Python exception to raise for what a C# callback threw: a validator's violation
    /// becomes <c>wsgi_conformance_host.WsgiViolation</c> (an AssertionError naming the rule); a C#
    /// <c>PyTypeError</c>, <c>PyValueError</c> and the like become the builtin of the same name
    /// (TypeError, ValueError); an I/O error becomes OSError, an argument error ValueError, the rest
    /// RuntimeError. Each carries the C# exception, so it comes back as itself if the app lets it
    /// escape. The <c>exc_info</c> exception the app passed is raised again as the very object.</summary>
    public PythonException ToPythonError(Exception error)
    {
        if (error is PythonException python)
        {
            return python;
        }

        if (error is PythonAppException { Value: { } original })
        {
            var type = original.GetPythonType();
            var traceback = original.GetAttr("__traceback__");
            if (traceback.IsNone())
            {
                traceback.Dispose();
                traceback = null;
            }

            return new PythonException(type, original.NewReference(), traceback);
        }

        using var clr = PyObject.FromManagedObject(error);
        IntPtr value = error is WsgiViolationException violation
            ? CallModule(module.Violation, LibPython.Str(violation.Message), LibPython.Str(violation.RuleId), LibPython.NewRef(LibPython.Ptr(clr)))
            : CallModule(module.Error, LibPython.NewRef(ExceptionClass(error)), LibPython.Str(MessageFor(error)), LibPython.NewRef(LibPython.Ptr(clr)));
        var exception = LibPython.Own(value);
        return new PythonException(exception.GetPythonType(), exception, null);
    }

    /// <summary>The C# exception for a Python exception that reached C#: the original C# exception
    /// when the Python one carries it (its Python traceback added to its Data), else a
    /// <see cref="PythonAppException"/> with the type, message and traceback, and as inner exception
    /// any C# exception carried further down the cause chain. Disposes what <paramref name="error"/> holds.</summary>
    public Exception FromPythonError(PythonException error)
    {
        try
        {
            if (error.Value is not { } value)
            {
                return new PythonAppException(error.Message, "", "", null);
            }

            var (name, message, traceback, carried, own) = DescribeException(LibPython.Ptr(value));
            if (own && carried is not null)
            {
                carried.Data[PythonAppException.TracebackKey] = traceback;
                return carried;
            }

            return new PythonAppException(name, message, traceback, carried);
        }
        finally
        {
            error.Type.Dispose();
            error.Value?.Dispose();
            error.Traceback?.Dispose();
        }
    }

    /// <summary>Rethrows <see cref="FromPythonError"/>'s exception, keeping an original's stack.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void Rethrow(PythonException error) => ExceptionDispatchInfo.Throw(FromPythonError(error));

    /// <summary>An exception the app handed over as a value (in exc_info): it keeps the Python object.</summary>
    private PythonAppException ExceptionValue(IntPtr o)
    {
        var (name, message, traceback, carried, _) = DescribeException(o);
        return new PythonAppException(name, message, traceback, carried, LibPython.Borrow(o));
    }

    private (string Name, string Message, string Traceback, Exception? Carried, bool Own) DescribeException(IntPtr value)
    {
        IntPtr described = CallModule(module.Describe, LibPython.NewRef(value));
        try
        {
            int n = LibPython.TupleSize(described);
            string name = LibPython.StrToString(LibPython.TupleItem(described, 0));
            string message = LibPython.StrToString(LibPython.TupleItem(described, 1));
            string traceback = LibPython.StrToString(LibPython.TupleItem(described, 2));
            IntPtr carriedObject = LibPython.TupleItem(described, 3);
            Exception? carried = null;
            if (carriedObject != LibPython.None)
            {
                using var o = LibPython.Borrow(carriedObject);
                carried = o.AsManagedObject(typeof(Exception)) as Exception;
            }

            return (name, message, traceback, carried, n > 4 && LibPython.TupleItem(described, 4) == LibPython.True);
        }
        finally
        {
            LibPython.DecRef(described);
        }
    }

    /// <summary><c>function(*args)</c>; the arguments are new references, consumed.</summary>
    private static IntPtr CallModule(IntPtr function, params ReadOnlySpan<IntPtr> args)
    {
        IntPtr tuple;
        try
        {
            tuple = LibPython.TupleNew(args.Length);
        }
        catch
        {
            foreach (IntPtr a in args)
            {
                LibPython.DecRef(a);
            }

            throw;
        }

        for (int i = 0; i < args.Length; i++)
        {
            LibPython.TupleSet(tuple, i, args[i]);
        }

        try
        {
            return LibPython.Call(function, tuple, IntPtr.Zero);
        }
        finally
        {
            LibPython.DecRef(tuple);
        }
    }

    /// <summary>The builtin class for a C# exception: a type named <c>PyX</c> maps to builtin <c>X</c>
    /// when that is an exception class (PyTypeError, PyValueError, PyAssertionError...).</summary>
    private IntPtr ExceptionClass(Exception error)
    {
        var type = error.GetType();
        if (_exceptionClasses.TryGetValue(type, out IntPtr cls))
        {
            return cls;
        }

        cls = type.Name.StartsWith("Py", StringComparison.Ordinal) ? module.BuiltinException(type.Name[2..]) : IntPtr.Zero;
        if (cls == IntPtr.Zero)
        {
            cls = module.BuiltinException(error switch
            {
                IOException => "OSError",
                ArgumentException or FormatException => "ValueError",
                NotSupportedException => "NotImplementedError",
                OutOfMemoryException => "MemoryError",
                _ => "RuntimeError",
            });
        }

        _exceptionClasses[type] = cls;
        return cls;
    }

    /// <summary>A Python-named C# exception keeps its message; any other says its C# type first.</summary>
    private static string MessageFor(Exception error) =>
        error.GetType().Name.StartsWith("Py", StringComparison.Ordinal) ? error.Message : $"{error.GetType().Name}: {error.Message}";
}
