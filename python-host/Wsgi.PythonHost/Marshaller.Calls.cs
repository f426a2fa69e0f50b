using Python.Runtime;
using Wsgi.Python;
using ContractDict = Wsgi.Python.PyDict;

namespace Wsgi.PythonHost;

// The calls the host makes into Python (GIL held, on the interpreter thread). A Python exception
// leaves them as a PythonException, for Run to translate.
internal sealed partial class Marshaller
{
    /// <summary><c>app(*args, **kwargs)</c>: a dict in first place is converted as the environ; the
    /// result is converted for the server by <see cref="ResultFromPython"/>.</summary>
    public object? CallApp(IntPtr app, object?[] args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        IntPtr tuple = LibPython.TupleNew(args.Length);
        IntPtr keywords = IntPtr.Zero;
        try
        {
            for (int i = 0; i < args.Length; i++)
            {
                LibPython.TupleSet(tuple, i, i == 0 && args[i] is ContractDict environ ? EnvironToPython(environ) : ToPython(args[i]));
            }

            if (kwargs is { Count: > 0 })
            {
                keywords = LibPython.DictNew();
                foreach (var (name, value) in kwargs)
                {
                    IntPtr k = LibPython.Str(name);
                    IntPtr v = IntPtr.Zero;
                    try
                    {
                        v = name == "environ" && value is ContractDict environ ? EnvironToPython(environ) : ToPython(value);
                        LibPython.DictSet(keywords, k, v);
                    }
                    finally
                    {
                        LibPython.DecRef(k);
                        LibPython.DecRef(v);
                    }
                }
            }

            IntPtr result = LibPython.Call(app, tuple, keywords);
            try
            {
                return ResultFromPython(result);
            }
            finally
            {
                LibPython.DecRef(result);
            }
        }
        finally
        {
            LibPython.DecRef(tuple);
            LibPython.DecRef(keywords);
        }
    }

    /// <summary>What the server gets for the app's return value: a list or tuple read at once into a
    /// <see cref="Wsgi.Python.PyList"/> or <see cref="Wsgi.Python.PyTuple"/> (iterating a list runs no
    /// app code, and the server then iterates without a trip to the interpreter thread); the C#
    /// object behind a host object (the <see cref="FileWrapper"/> wsgi.file_wrapper made); any other
    /// iterable as a <see cref="PythonResult"/> stepped lazily, with close() and len() when it has
    /// them; a value that is no iterable (str, bytes, None, an object without __iter__) converted
    /// as a value, for the validator to flag.</summary>
    public object? ResultFromPython(IntPtr result)
    {
        IntPtr type = LibPython.TypeOf(result);
        if (result == LibPython.None || type == LibPython.StrType || type == LibPython.BytesType || type == LibPython.BoolType
            || type == LibPython.IntType || type == LibPython.FloatType || type == LibPython.TupleType || type == LibPython.ListType)
        {
            return FromPython(result);
        }

        if (BridgeOf(result) is { } bridge)
        {
            return bridge.Target;
        }

        bool iterable = type == LibPython.DictType || LibPython.HasAttr(result, "__iter__\0"u8) || LibPython.HasAttr(result, "__getitem__\0"u8);
        if (!iterable)
        {
            return FromPython(result);
        }

        bool close = LibPython.HasAttr(result, "close\0"u8);
        bool len = LibPython.HasAttr(result, "__len__\0"u8);
        var held = LibPython.Borrow(result);
        return (close, len) switch
        {
            (true, true) => new PythonClosingSizedResult(this, held),
            (true, false) => new PythonClosingResult(this, held),
            (false, true) => new PythonSizedResult(this, held),
            _ => new PythonResult(this, held),
        };
    }

    /// <summary><c>iter(o)</c>, owned.</summary>
    public static PyObject Iter(IntPtr o) => LibPython.Own(LibPython.GetIter(o));

    /// <summary><c>next(iterator)</c> converted, or <c>(true, null)</c> at the end.</summary>
    public (bool Done, object? Item) NextOf(IntPtr iterator)
    {
        IntPtr item = LibPython.Next(iterator);
        if (item == IntPtr.Zero)
        {
            return (true, null);
        }

        try
        {
            return (false, FromPython(item));
        }
        finally
        {
            LibPython.DecRef(item);
        }
    }

    /// <summary><c>o.close()</c>.</summary>
    public static void CallClose(IntPtr o)
    {
        IntPtr close = LibPython.GetAttr(o, "close\0"u8);
        IntPtr args = IntPtr.Zero;
        try
        {
            args = LibPython.TupleNew(0);
            LibPython.DecRef(LibPython.Call(close, args, IntPtr.Zero));
        }
        finally
        {
            LibPython.DecRef(args);
            LibPython.DecRef(close);
        }
    }

    /// <summary><c>len(o)</c>, as an int (a Python len past int.MaxValue is reported as a TypeError).</summary>
    public static int Len(IntPtr o)
    {
        long n = LibPython.Size(o);
        return n <= int.MaxValue ? (int)n : throw new PyTypeError($"len() of the result is {n}, too large to be a count of items");
    }

    /// <summary><c>filelike.read(size)</c> as bytes.</summary>
    public byte[] ReadFile(IntPtr filelike, int size)
    {
        IntPtr read = LibPython.GetAttr(filelike, "read\0"u8);
        IntPtr args = IntPtr.Zero;
        try
        {
            args = LibPython.TupleNew(1);
            LibPython.TupleSet(args, 0, LibPython.Long(size));
            IntPtr data = LibPython.Call(read, args, IntPtr.Zero);
            try
            {
                if (LibPython.TypeOf(data) == LibPython.BytesType)
                {
                    return LibPython.BytesToArray(data);
                }

                object? value = FromPython(data);
                throw new PyTypeError($"wsgi.file_wrapper: the file-like object's read({size}) must return bytes, not {Wsgi.Python.Py.TypeName(value)}: {Wsgi.Python.Py.Repr(value)}");
            }
            finally
            {
                LibPython.DecRef(data);
            }
        }
        finally
        {
            LibPython.DecRef(args);
            LibPython.DecRef(read);
        }
    }

    /// <summary><c>filelike.close()</c> when it has one.</summary>
    public static void CloseFile(IntPtr filelike)
    {
        if (LibPython.HasAttr(filelike, "close\0"u8))
        {
            CallClose(filelike);
        }
    }

    /// <summary>The object <c>module:attribute</c> names, importing the module.</summary>
    public PyObject Load(string moduleName, string attribute) =>
        LibPython.Own(CallModule(module.Load, LibPython.Str(moduleName), LibPython.Str(attribute)));
}
