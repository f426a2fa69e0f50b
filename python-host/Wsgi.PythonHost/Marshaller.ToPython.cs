using System.Collections;
using System.Numerics;
using Python.Runtime;
using Wsgi.Python;
using ContractDict = Wsgi.Python.PyDict;
using ContractList = Wsgi.Python.PyList;
using ContractTuple = Wsgi.Python.PyTuple;

namespace Wsgi.PythonHost;

// C# contract values to Python objects. Every method returns a new reference (GIL held).
internal sealed partial class Marshaller
{
    /// <summary>The Python object for a contract value: str, bytes, bool, int, float, None, tuple,
    /// list and dict by value; the host's protocol objects for wsgi.input, wsgi.errors and C#
    /// callables; Python objects that came from Python (the app, an exc_info exception, a file-like)
    /// as themselves; any other C# iterable as an iterable; anything else as an opaque value.</summary>
    public IntPtr ToPython(object? value) => ToPython(value, 0);

    /// <summary>The environ: a dict like <see cref="ToPython(object?)"/> makes, except that a C#
    /// callable under <c>wsgi.file_wrapper</c> turns a Python file-like argument into a stream.</summary>
    public IntPtr EnvironToPython(ContractDict environ) => Dict(environ, 0, (key, value) =>
        key is "wsgi.file_wrapper" && value is PyCallable wrapper
            ? Shim(module.Callable, new CallableBridge(this, wrapper, ArgumentKind.FileWrapper), wrapper.Name)
            : ToPython(value, 1));

    private IntPtr ToPython(object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"a value nested more than {MaxDepth} levels deep cannot be given to Python: {Wsgi.Python.Py.Repr(value)}");
        }

        switch (value)
        {
            case null:
                return LibPython.NewRef(LibPython.None);
            case string s:
                return LibPython.Str(s);
            case byte[] b:
                return LibPython.Bytes(b);
            case bool b:
                return LibPython.NewRef(b ? LibPython.True : LibPython.False);
            case int i:
                return LibPython.Long(i);
            case long l:
                return LibPython.Long(l);
            case short or sbyte or byte or ushort or uint:
                return LibPython.Long(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
            case ulong u when u <= long.MaxValue:
                return LibPython.Long((long)u);
            case ulong u:
                return BigInt(u);
            case BigInteger big:
                return BigInt(big);
            case double d:
                return LibPython.Float(d);
            case float f:
                return LibPython.Float(f);
            case decimal m:
                return LibPython.Float((double)m);
            case ContractTuple t:
                return Tuple(t, depth);
            case ContractList l:
                return List(l, depth);
            case ContractDict d:
                return Dict(d, depth);
            case PythonApp app:
                return LibPython.NewRef(app.Handle);
            case PythonAppException { Value: { } exception }:
                return LibPython.NewRef(LibPython.Ptr(exception));
            case PythonFileStream file:
                return LibPython.NewRef(file.Handle);
            case PythonResult result when result.Handle != IntPtr.Zero:
                return LibPython.NewRef(result.Handle);
            case IterationEnd:
                return LibPython.NewRef(module.End);
            case WsgiInput input:
                return Shim(module.Input, new InputBridge(this, input));
            case WsgiErrors errors:
                return Shim(module.Errors, new ErrorsBridge(this, errors));
            case PyCallable callable:
                return Shim(module.Callable, new CallableBridge(this, callable, ArgumentKind.Plain), callable.Name);
            case IteratorBridge iterator:
                return Shim(module.Iterator, iterator);
            case IEnumerable items:
                return Shim(IterableClass(items), new IterableBridge(this, items));
            default:
                return Shim(module.Clr, new ClrBridge(value));
        }
    }

    private IntPtr IterableClass(IEnumerable items)
    {
        bool close = items is IPyClosable;
        bool len = items is IPyLen or ICollection;
        return (close, len) switch
        {
            (true, true) => module.ClosingSizedIterable,
            (true, false) => module.ClosingIterable,
            (false, true) => module.SizedIterable,
            _ => module.Iterable,
        };
    }

    /// <summary><c>cls(bridge[, name])</c>: one of the module's protocol objects around a C# bridge.</summary>
    private IntPtr Shim(IntPtr cls, IBridge bridge, string? name = null)
    {
        using var wrapped = PyObject.FromManagedObject(bridge);
        IntPtr args = LibPython.TupleNew(name is null ? 1 : 2);
        try
        {
            LibPython.TupleSet(args, 0, LibPython.NewRef(LibPython.Ptr(wrapped)));
            if (name is not null)
            {
                LibPython.TupleSet(args, 1, LibPython.Str(name));
            }

            return LibPython.Call(cls, args, IntPtr.Zero);
        }
        finally
        {
            LibPython.DecRef(args);
        }
    }

    private IntPtr Tuple(ContractTuple t, int depth) => Sequence(t, LibPython.TupleNew(t.Count), LibPython.TupleSet, depth);

    private IntPtr List(ContractList l, int depth) => Sequence(l, LibPython.ListNew(l.Count), LibPython.ListSet, depth);

    // Fills a new tuple or list (set steals the item's reference); on failure the sequence is released.
    private IntPtr Sequence(IReadOnlyList<object?> items, IntPtr sequence, Action<IntPtr, int, IntPtr> set, int depth)
    {
        try
        {
            for (int i = 0; i < items.Count; i++)
            {
                set(sequence, i, ToPython(items[i], depth + 1));
            }

            return sequence;
        }
        catch
        {
            LibPython.DecRef(sequence);
            throw;
        }
    }

    private IntPtr Dict(ContractDict d, int depth) => Dict(d, depth, (_, value) => ToPython(value, depth + 1));

    // A new dict of the keys converted as values are, and the values by valueOf (given the key); released on failure.
    private IntPtr Dict(ContractDict d, int depth, Func<object, object?, IntPtr> valueOf)
    {
        IntPtr dict = LibPython.DictNew();
        try
        {
            foreach (var (key, value) in d)
            {
                IntPtr k = ToPython(key, depth + 1);
                IntPtr v = IntPtr.Zero;
                try
                {
                    v = valueOf(key, value);
                    LibPython.DictSet(dict, k, v);
                }
                finally
                {
                    LibPython.DecRef(k);
                    LibPython.DecRef(v);
                }
            }

            return dict;
        }
        catch
        {
            LibPython.DecRef(dict);
            throw;
        }
    }

    private static IntPtr BigInt(BigInteger value)
    {
        using var i = new PyInt(value);
        return LibPython.NewRef(LibPython.Ptr(i));
    }
}
