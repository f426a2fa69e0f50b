using System.Runtime.InteropServices;
using Python.Runtime;

namespace Wsgi.PythonHost;

/// <summary>The few CPython C-API calls the hot path makes directly, resolved from the same
/// libpython pythonnet loaded: exact type tests (<c>type(x) is str</c>), bytes and str without a
/// <see cref="PyObject"/> per value, tuples, lists and dicts by borrowed reference. Every pointer
/// here is a CPython object pointer; "new" means the caller owns a reference and must
/// <see cref="DecRef"/> it, "borrowed" means it must not. All calls need the GIL.</summary>
/// <remarks>Fast path, and why: pythonnet's typed wrappers allocate a finalizable
/// <see cref="PyObject"/> per value, and a request converts some fifty values each way. The object
/// layout used (<c>ob_type</c> right after <c>ob_refcnt</c>) is CPython's for every release build
/// from 3.x up to the free-threaded builds, which this host does not support.</remarks>
internal static unsafe partial class LibPython
{
    private static delegate* unmanaged<IntPtr, void> _incRef;
    private static delegate* unmanaged<IntPtr, void> _decRef;
    private static delegate* unmanaged<byte*, nint, IntPtr> _bytesFromStringAndSize;
    private static delegate* unmanaged<IntPtr, byte**, nint*, int> _bytesAsStringAndSize;
    private static delegate* unmanaged<IntPtr, nint*, byte*> _unicodeAsUtf8AndSize;
    private static delegate* unmanaged<char*, nint, byte*, int*, IntPtr> _unicodeDecodeUtf16;
    private static delegate* unmanaged<IntPtr, byte*, byte*, IntPtr> _unicodeAsEncodedString;
    private static delegate* unmanaged<IntPtr, int*, long> _longAsLongLongAndOverflow;
    private static delegate* unmanaged<long, IntPtr> _longFromLongLong;
    private static delegate* unmanaged<IntPtr, double> _floatAsDouble;
    private static delegate* unmanaged<double, IntPtr> _floatFromDouble;
    private static delegate* unmanaged<nint, IntPtr> _tupleNew;
    private static delegate* unmanaged<IntPtr, nint> _tupleSize;
    private static delegate* unmanaged<IntPtr, nint, IntPtr> _tupleGetItem;
    private static delegate* unmanaged<IntPtr, nint, IntPtr, int> _tupleSetItem;
    private static delegate* unmanaged<nint, IntPtr> _listNew;
    private static delegate* unmanaged<IntPtr, nint> _listSize;
    private static delegate* unmanaged<IntPtr, nint, IntPtr> _listGetItem;
    private static delegate* unmanaged<IntPtr, nint, IntPtr, int> _listSetItem;
    private static delegate* unmanaged<IntPtr> _dictNew;
    private static delegate* unmanaged<IntPtr, IntPtr, IntPtr, int> _dictSetItem;
    private static delegate* unmanaged<IntPtr, nint*, IntPtr*, IntPtr*, int> _dictNext;
    private static delegate* unmanaged<IntPtr, nint> _dictSize;
    private static delegate* unmanaged<IntPtr, IntPtr, IntPtr, IntPtr> _objectCall;
    private static delegate* unmanaged<IntPtr, IntPtr, int> _objectIsInstance;
    private static delegate* unmanaged<IntPtr, IntPtr> _objectGetIter;
    private static delegate* unmanaged<IntPtr, IntPtr> _iterNext;
    private static delegate* unmanaged<IntPtr, IntPtr> _sequenceList;
    private static delegate* unmanaged<IntPtr, nint> _objectSize;
    private static delegate* unmanaged<IntPtr, byte*, int> _objectHasAttrString;
    private static delegate* unmanaged<IntPtr> _errOccurred;
    private static delegate* unmanaged<void> _errClear;
    private static delegate* unmanaged<IntPtr, byte*, IntPtr> _objectGetAttrString;
    private static delegate* unmanaged<IntPtr*, IntPtr*, IntPtr*, void> _errFetch;
    private static delegate* unmanaged<IntPtr*, IntPtr*, IntPtr*, void> _errNormalize;
    private static delegate* unmanaged<IntPtr, IntPtr, int> _exceptionSetTraceback;
    private static delegate* unmanaged<IntPtr> _gilStateGetThisThreadState;

    /// <summary><c>type(None)</c>'s only instance.</summary>
    public static IntPtr None { get; private set; }

    /// <summary><c>True</c>.</summary>
    public static IntPtr True { get; private set; }

    /// <summary><c>False</c>.</summary>
    public static IntPtr False { get; private set; }

    /// <summary><c>str</c>.</summary>
    public static IntPtr StrType { get; private set; }

    /// <summary><c>bytes</c>.</summary>
    public static IntPtr BytesType { get; private set; }

    /// <summary><c>int</c>.</summary>
    public static IntPtr IntType { get; private set; }

    /// <summary><c>bool</c>.</summary>
    public static IntPtr BoolType { get; private set; }

    /// <summary><c>float</c>.</summary>
    public static IntPtr FloatType { get; private set; }

    /// <summary><c>tuple</c>.</summary>
    public static IntPtr TupleType { get; private set; }

    /// <summary><c>list</c>.</summary>
    public static IntPtr ListType { get; private set; }

    /// <summary><c>dict</c>.</summary>
    public static IntPtr DictType { get; private set; }

    /// <summary><c>BaseException</c>.</summary>
    public static IntPtr BaseException { get; private set; }

    private static PyObject? _slot;

    /// <summary>Resolves every function and object from the loaded library (GIL held).</summary>
    public static void Bind(IntPtr library)
    {
        IntPtr F(string name) => NativeLibrary.GetExport(library, name);
        _incRef = (delegate* unmanaged<IntPtr, void>)F("Py_IncRef");
        _decRef = (delegate* unmanaged<IntPtr, void>)F("Py_DecRef");
        _bytesFromStringAndSize = (delegate* unmanaged<byte*, nint, IntPtr>)F("PyBytes_FromStringAndSize");
        _bytesAsStringAndSize = (delegate* unmanaged<IntPtr, byte**, nint*, int>)F("PyBytes_AsStringAndSize");
        _unicodeAsUtf8AndSize = (delegate* unmanaged<IntPtr, nint*, byte*>)F("PyUnicode_AsUTF8AndSize");
        _unicodeDecodeUtf16 = (delegate* unmanaged<char*, nint, byte*, int*, IntPtr>)F("PyUnicode_DecodeUTF16");
        _unicodeAsEncodedString = (delegate* unmanaged<IntPtr, byte*, byte*, IntPtr>)F("PyUnicode_AsEncodedString");
        _longAsLongLongAndOverflow = (delegate* unmanaged<IntPtr, int*, long>)F("PyLong_AsLongLongAndOverflow");
        _longFromLongLong = (delegate* unmanaged<long, IntPtr>)F("PyLong_FromLongLong");
        _floatAsDouble = (delegate* unmanaged<IntPtr, double>)F("PyFloat_AsDouble");
        _floatFromDouble = (delegate* unmanaged<double, IntPtr>)F("PyFloat_FromDouble");
        _tupleNew = (delegate* unmanaged<nint, IntPtr>)F("PyTuple_New");
        _tupleSize = (delegate* unmanaged<IntPtr, nint>)F("PyTuple_Size");
        _tupleGetItem = (delegate* unmanaged<IntPtr, nint, IntPtr>)F("PyTuple_GetItem");
        _tupleSetItem = (delegate* unmanaged<IntPtr, nint, IntPtr, int>)F("PyTuple_SetItem");
        _listNew = (delegate* unmanaged<nint, IntPtr>)F("PyList_New");
        _listSize = (delegate* unmanaged<IntPtr, nint>)F("PyList_Size");
        _listGetItem = (delegate* unmanaged<IntPtr, nint, IntPtr>)F("PyList_GetItem");
        _listSetItem = (delegate* unmanaged<IntPtr, nint, IntPtr, int>)F("PyList_SetItem");
        _dictNew = (delegate* unmanaged<IntPtr>)F("PyDict_New");
        _dictSetItem = (delegate* unmanaged<IntPtr, IntPtr, IntPtr, int>)F("PyDict_SetItem");
        _dictNext = (delegate* unmanaged<IntPtr, nint*, IntPtr*, IntPtr*, int>)F("PyDict_Next");
        _dictSize = (delegate* unmanaged<IntPtr, nint>)F("PyDict_Size");
        _objectCall = (delegate* unmanaged<IntPtr, IntPtr, IntPtr, IntPtr>)F("PyObject_Call");
        _objectIsInstance = (delegate* unmanaged<IntPtr, IntPtr, int>)F("PyObject_IsInstance");
        _objectGetIter = (delegate* unmanaged<IntPtr, IntPtr>)F("PyObject_GetIter");
        _iterNext = (delegate* unmanaged<IntPtr, IntPtr>)F("PyIter_Next");
        _sequenceList = (delegate* unmanaged<IntPtr, IntPtr>)F("PySequence_List");
        _objectSize = (delegate* unmanaged<IntPtr, nint>)F("PyObject_Size");
        _objectHasAttrString = (delegate* unmanaged<IntPtr, byte*, int>)F("PyObject_HasAttrString");
        _errOccurred = (delegate* unmanaged<IntPtr>)F("PyErr_Occurred");
        _errClear = (delegate* unmanaged<void>)F("PyErr_Clear");
        _objectGetAttrString = (delegate* unmanaged<IntPtr, byte*, IntPtr>)F("PyObject_GetAttrString");
        _errFetch = (delegate* unmanaged<IntPtr*, IntPtr*, IntPtr*, void>)F("PyErr_Fetch");
        _errNormalize = (delegate* unmanaged<IntPtr*, IntPtr*, IntPtr*, void>)F("PyErr_NormalizeException");
        _exceptionSetTraceback = (delegate* unmanaged<IntPtr, IntPtr, int>)F("PyException_SetTraceback");
        _gilStateGetThisThreadState = (delegate* unmanaged<IntPtr>)F("PyGILState_GetThisThreadState");
        None = F("_Py_NoneStruct");
        True = F("_Py_TrueStruct");
        False = F("_Py_FalseStruct");
        StrType = F("PyUnicode_Type");
        BytesType = F("PyBytes_Type");
        IntType = F("PyLong_Type");
        BoolType = F("PyBool_Type");
        FloatType = F("PyFloat_Type");
        TupleType = F("PyTuple_Type");
        ListType = F("PyList_Type");
        DictType = F("PyDict_Type");
        // PyExc_BaseException is a variable holding the type's address.
        BaseException = Marshal.ReadIntPtr(F("PyExc_BaseException"));
        var slot = new PyList();
        using (var none = PyObject.None)
        {
            slot.Append(none);
        }

        _slot = slot;
    }

    /// <summary><c>type(o)</c>, borrowed.</summary>
    public static IntPtr TypeOf(IntPtr o) => Marshal.ReadIntPtr(o, IntPtr.Size);

    public static void IncRef(IntPtr o) => _incRef(o);

    public static void DecRef(IntPtr o)
    {
        if (o != IntPtr.Zero)
        {
            _decRef(o);
        }
    }

    /// <summary>A new reference to a borrowed object.</summary>
    public static IntPtr NewRef(IntPtr o)
    {
        _incRef(o);
        return o;
    }

    /// <summary>Takes the pending Python error and throws it as a <see cref="PythonException"/>
    /// (normalised, its traceback attached to the value).</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public static void ThrowPending()
    {
        IntPtr type, value, traceback;
        _errFetch(&type, &value, &traceback);
        if (type == IntPtr.Zero)
        {
            throw new InvalidOperationException("a Python call failed without setting an exception");
        }

        _errNormalize(&type, &value, &traceback);
        if (traceback != IntPtr.Zero && value != IntPtr.Zero)
        {
            _exceptionSetTraceback(value, traceback);
        }

        using var typeObject = Own(type);
        throw new PythonException(new PyType(typeObject), value == IntPtr.Zero ? null : Own(value), traceback == IntPtr.Zero ? null : Own(traceback));
    }

    /// <summary>Throws the pending Python error as a <see cref="PythonException"/> when <paramref name="result"/> is null.</summary>
    public static IntPtr Check(IntPtr result)
    {
        if (result == IntPtr.Zero)
        {
            ThrowPending();
        }

        return result;
    }

    private static void Check(int status)
    {
        if (status < 0)
        {
            ThrowPending();
        }
    }

    /// <summary>The object pointer of a <see cref="PyObject"/> (borrowed: valid while it lives).</summary>
    public static IntPtr Ptr(PyObject o)
    {
        // pythonnet marks Handle obsolete to steer users to its reference types, which it no longer makes public.
#pragma warning disable CS0612
        return o.Handle;
#pragma warning restore CS0612
    }

    /// <summary>Takes ownership of a new reference as a <see cref="PyObject"/>.</summary>
    public static PyObject Own(IntPtr newReference)
    {
        try
        {
            return Borrow(Check(newReference));
        }
        finally
        {
            DecRef(newReference);
        }
    }

    /// <summary>A new <see cref="PyObject"/> for a borrowed object. pythonnet makes a PyObject from a
    /// pointer only internally; the public way is to read it out of a Python container, so the
    /// object goes through a one-item list kept for that.</summary>
    public static PyObject Borrow(IntPtr o)
    {
        PyObject slot = _slot ?? throw new InvalidOperationException("LibPython is not bound yet");
        IntPtr list = Ptr(slot);
        ListSet(list, 0, NewRef(o));
        try
        {
            return slot.GetItem(0);
        }
        finally
        {
            ListSet(list, 0, NewRef(None));
        }
    }

    /// <summary><c>callable(*args, **kwargs)</c>: a new reference, or a <see cref="PythonException"/>.</summary>
    public static IntPtr Call(IntPtr callable, IntPtr args, IntPtr kwargs) => Check(_objectCall(callable, args, kwargs));

    public static bool IsInstance(IntPtr o, IntPtr type)
    {
        int r = _objectIsInstance(o, type);
        Check(r);
        return r == 1;
    }

    public static IntPtr GetIter(IntPtr o) => Check(_objectGetIter(o));

    /// <summary>The next item (new), or <see cref="IntPtr.Zero"/> at the end; a raise becomes a <see cref="PythonException"/>.</summary>
    public static IntPtr Next(IntPtr iterator)
    {
        IntPtr item = _iterNext(iterator);
        if (item == IntPtr.Zero && _errOccurred() != IntPtr.Zero)
        {
            ThrowPending();
        }

        return item;
    }

    /// <summary><c>list(o)</c>, new.</summary>
    public static IntPtr SequenceList(IntPtr o) => Check(_sequenceList(o));

    /// <summary><c>len(o)</c>.</summary>
    public static long Size(IntPtr o)
    {
        nint n = _objectSize(o);
        if (n < 0)
        {
            ThrowPending();
        }

        return n;
    }

    /// <summary><c>hasattr(o, name)</c> for an ASCII name; an attribute lookup that raises counts as absent.</summary>
    public static bool HasAttr(IntPtr o, ReadOnlySpan<byte> nameZ)
    {
        fixed (byte* p = nameZ)
        {
            return _objectHasAttrString(o, p) == 1;
        }
    }

    /// <summary><c>getattr(o, name)</c> for an ASCII name, new; a raise becomes a <see cref="PythonException"/>.</summary>
    public static IntPtr GetAttr(IntPtr o, ReadOnlySpan<byte> nameZ)
    {
        fixed (byte* p = nameZ)
        {
            return Check(_objectGetAttrString(o, p));
        }
    }

    /// <summary>Whether the calling thread has a Python thread state (a Python thread, or one inside
    /// a GIL block). Safe to ask without the GIL.</summary>
    public static bool ThreadHasState() => _gilStateGetThisThreadState != null && _gilStateGetThisThreadState() != IntPtr.Zero;
}
