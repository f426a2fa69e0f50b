using System.Numerics;
using Python.Runtime;
using Wsgi.Python;
using ContractDict = Wsgi.Python.PyDict;
using ContractList = Wsgi.Python.PyList;
using ContractTuple = Wsgi.Python.PyTuple;

namespace Wsgi.PythonHost;

// Python objects to C# contract values (GIL held; every pointer taken is borrowed).
internal sealed partial class Marshaller
{
    /// <summary>The contract value of a Python object: exact str, bytes, bool, int, float and None by
    /// value, exact tuple, list and dict converted item by item (a dict subclass is a
    /// <see cref="PyDictSubclass"/>), the host's own protocol objects as the C# objects they stand
    /// for, an exception as a <see cref="PythonAppException"/> holding it, anything else as a
    /// <see cref="PyOpaque"/> with its type name, repr and WSGI attributes (so a str subclass is not
    /// a str, as <c>type(x) is str</c> says).</summary>
    public object? FromPython(IntPtr o) => FromPython(o, 0);

    private object? FromPython(IntPtr o, int depth)
    {
        if (o == LibPython.None)
        {
            return null;
        }

        IntPtr type = LibPython.TypeOf(o);
        if (type == LibPython.StrType)
        {
            return LibPython.StrToString(o);
        }

        if (type == LibPython.BytesType)
        {
            return LibPython.BytesToArray(o);
        }

        if (type == LibPython.BoolType)
        {
            return o == LibPython.True;
        }

        if (type == LibPython.IntType)
        {
            if (!LibPython.TryLong(o, out long l))
            {
                using var big = new PyInt(LibPython.Borrow(o));
                return big.ToBigInteger();
            }

            return l is >= int.MinValue and <= int.MaxValue ? (object)(int)l : l;
        }

        if (type == LibPython.FloatType)
        {
            return LibPython.FloatToDouble(o);
        }

        if (depth < MaxDepth)
        {
            if (type == LibPython.TupleType)
            {
                return TupleFromPython(o, depth);
            }

            if (type == LibPython.ListType)
            {
                return new ContractList(ItemsFromPython(o, depth));
            }

            if (type == LibPython.DictType)
            {
                return DictFromPython(o, new ContractDict(LibPython.DictSize(o)), depth);
            }
        }

        if (BridgeOf(o) is { } bridge)
        {
            return bridge.Target;
        }

        if (depth < MaxDepth && LibPython.IsInstance(o, LibPython.DictType))
        {
            var (typeName, _, _) = Describe(o);
            return DictFromPython(o, new PyDictSubclass(typeName), depth);
        }

        if (LibPython.IsInstance(o, LibPython.BaseException))
        {
            return ExceptionValue(o);
        }

        var (name, repr, attributes) = Describe(o);
        return new PyOpaque(name, repr, attributes);
    }

    /// <summary>The bridge behind one of the host's protocol objects, or <c>null</c>.</summary>
    private IBridge? BridgeOf(IntPtr o)
    {
        IntPtr type = LibPython.TypeOf(o);
        if (type != module.Input && type != module.Errors && type != module.Callable && type != module.Clr
            && type != module.Iterable && type != module.ClosingIterable && type != module.SizedIterable && type != module.ClosingSizedIterable)
        {
            return null;
        }

        using var bridge = LibPython.Own(LibPython.GetAttr(o, "_b\0"u8));
        return bridge.AsManagedObject(typeof(IBridge)) as IBridge;
    }

    private ContractTuple TupleFromPython(IntPtr o, int depth)
    {
        int n = LibPython.TupleSize(o);
        var items = new object?[n];
        for (int i = 0; i < n; i++)
        {
            items[i] = FromPython(LibPython.TupleItem(o, i), depth + 1);
        }

        return new ContractTuple(items);
    }

    private List<object?> ItemsFromPython(IntPtr list, int depth)
    {
        var items = new List<object?>(LibPython.ListSize(list));
        for (int i = 0; ; i++)
        {
            // The item is held while it is converted: converting may run Python code that changes the list.
            IntPtr item = LibPython.ListItem(list, i);
            if (item == IntPtr.Zero)
            {
                return items;
            }

            LibPython.IncRef(item);
            try
            {
                items.Add(FromPython(item, depth + 1));
            }
            finally
            {
                LibPython.DecRef(item);
            }
        }
    }

    private ContractDict DictFromPython(IntPtr o, ContractDict into, int depth)
    {
        // A snapshot of the pairs first: converting may run Python code, and a dict must not change under PyDict_Next.
        var pairs = new List<(IntPtr Key, IntPtr Value)>(LibPython.DictSize(o));
        nint position = 0;
        while (LibPython.DictNext(o, ref position, out IntPtr key, out IntPtr value))
        {
            LibPython.IncRef(key);
            LibPython.IncRef(value);
            pairs.Add((key, value));
        }

        try
        {
            foreach (var (key, value) in pairs)
            {
                object k = FromPython(key, depth + 1) ?? new PyOpaque("NoneType", "None", []);
                into[k] = FromPython(value, depth + 1);
            }

            return into;
        }
        finally
        {
            foreach (var (key, value) in pairs)
            {
                LibPython.DecRef(key);
                LibPython.DecRef(value);
            }
        }
    }

    /// <summary>Positional arguments from a tuple.</summary>
    private object?[] ArgumentsFromPython(IntPtr args, ArgumentKind kind)
    {
        int n = LibPython.TupleSize(args);
        var values = new object?[n];
        for (int i = 0; i < n; i++)
        {
            IntPtr item = LibPython.TupleItem(args, i);
            values[i] = (kind, i) switch
            {
                (ArgumentKind.FileWrapper, 0) when IsPlainObject(item) && LibPython.HasAttr(item, "read\0"u8) =>
                    new PythonFileStream(this, LibPython.Borrow(item)),
                (ArgumentKind.Lines, 0) when IsPlainObject(item) && LibPython.HasAttr(item, "__iter__\0"u8) =>
                    LinesFromPython(item),
                _ => FromPython(item, 0),
            };
        }

        return values;
    }

    /// <summary>Whether <paramref name="o"/> is none of the types converted by value.</summary>
    private bool IsPlainObject(IntPtr o)
    {
        IntPtr t = LibPython.TypeOf(o);
        return o != LibPython.None && t != LibPython.StrType && t != LibPython.BytesType && t != LibPython.BoolType
            && t != LibPython.IntType && t != LibPython.FloatType && t != LibPython.TupleType && t != LibPython.ListType
            && BridgeOf(o) is null;
    }

    private ContractList LinesFromPython(IntPtr iterable)
    {
        IntPtr list = LibPython.SequenceList(iterable);
        try
        {
            return new ContractList(ItemsFromPython(list, 0));
        }
        finally
        {
            LibPython.DecRef(list);
        }
    }

    /// <summary>Keyword arguments from a dict; <c>null</c> when there are none.</summary>
    private Dictionary<string, object?>? KeywordsFromPython(IntPtr kwargs)
    {
        if (LibPython.DictSize(kwargs) == 0)
        {
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in DictFromPython(kwargs, new ContractDict(), 0))
        {
            result[(string)key] = value;
        }

        return result;
    }

    /// <summary>(type name, repr, WSGI attributes) from the module's <c>describe_object</c>.</summary>
    private (string Name, string Repr, IReadOnlyList<string> Attributes) Describe(IntPtr o)
    {
        IntPtr args = LibPython.TupleNew(1);
        LibPython.TupleSet(args, 0, LibPython.NewRef(o));
        IntPtr described;
        try
        {
            described = LibPython.Call(module.DescribeObject, args, IntPtr.Zero);
        }
        finally
        {
            LibPython.DecRef(args);
        }

        try
        {
            var t = (ContractTuple)FromPython(described, 0)!;
            var attributes = ((ContractTuple)t[2]!).Cast<string>().ToArray();
            return ((string)t[0]!, (string)t[1]!, attributes);
        }
        finally
        {
            LibPython.DecRef(described);
        }
    }
}
