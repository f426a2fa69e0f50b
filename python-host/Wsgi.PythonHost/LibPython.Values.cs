using System.Text;

namespace Wsgi.PythonHost;

// Values: bytes, str, int, float, tuple, list and dict, each way (GIL held).
internal static unsafe partial class LibPython
{
    public static IntPtr Bytes(ReadOnlySpan<byte> data)
    {
        fixed (byte* p = data)
        {
            return Check(_bytesFromStringAndSize(p, data.Length));
        }
    }

    public static byte[] BytesToArray(IntPtr o)
    {
        byte* buffer;
        nint length;
        Check(_bytesAsStringAndSize(o, &buffer, &length));
        return new ReadOnlySpan<byte>(buffer, checked((int)length)).ToArray();
    }

    public static IntPtr Str(string s)
    {
        fixed (char* p = s)
        {
            int order = -1; // little-endian UTF-16, as .NET holds strings
            IntPtr result = _unicodeDecodeUtf16(p, s.Length * 2, null, &order);
            if (result != IntPtr.Zero)
            {
                return result;
            }
        }

        // A lone surrogate (never in a valid environ value) is refused by the strict codec: pass it through.
        _errClear();
        fixed (char* p = s)
        {
            int order = -1;
            fixed (byte* errors = "surrogatepass\0"u8)
            {
                return Check(_unicodeDecodeUtf16(p, s.Length * 2, errors, &order));
            }
        }
    }

    public static string StrToString(IntPtr o)
    {
        nint length;
        byte* utf8 = _unicodeAsUtf8AndSize(o, &length);
        if (utf8 != null)
        {
            return Encoding.UTF8.GetString(utf8, checked((int)length));
        }

        // A lone surrogate (surrogateescape'd bytes) has no UTF-8 form; C# strings can hold it.
        _errClear();
        fixed (byte* encoding = "utf-16-le\0"u8)
        fixed (byte* errors = "surrogatepass\0"u8)
        {
            IntPtr bytes = Check(_unicodeAsEncodedString(o, encoding, errors));
            try
            {
                byte* buffer;
                nint size;
                Check(_bytesAsStringAndSize(bytes, &buffer, &size));
                return new string((char*)buffer, 0, checked((int)size / 2));
            }
            finally
            {
                _decRef(bytes);
            }
        }
    }

    /// <summary>An int as <c>long</c>; <c>false</c> when it does not fit.</summary>
    public static bool TryLong(IntPtr o, out long value)
    {
        int overflow;
        value = _longAsLongLongAndOverflow(o, &overflow);
        if (value == -1 && _errOccurred() != IntPtr.Zero)
        {
            ThrowPending();
        }

        return overflow == 0;
    }

    public static IntPtr Long(long value) => Check(_longFromLongLong(value));

    public static double FloatToDouble(IntPtr o)
    {
        double d = _floatAsDouble(o);
        if (d == -1.0 && _errOccurred() != IntPtr.Zero)
        {
            ThrowPending();
        }

        return d;
    }

    public static IntPtr Float(double value) => Check(_floatFromDouble(value));

    public static IntPtr TupleNew(int size) => Check(_tupleNew(size));

    public static int TupleSize(IntPtr o) => checked((int)_tupleSize(o));

    /// <summary>Item <paramref name="i"/>, borrowed.</summary>
    public static IntPtr TupleItem(IntPtr o, int i) => Check(_tupleGetItem(o, i));

    /// <summary>Stores <paramref name="item"/> (a new reference, stolen even on failure).</summary>
    public static void TupleSet(IntPtr tuple, int i, IntPtr item) => Check(_tupleSetItem(tuple, i, item));

    public static IntPtr ListNew(int size) => Check(_listNew(size));

    public static int ListSize(IntPtr o) => checked((int)_listSize(o));

    /// <summary>Item <paramref name="i"/>, borrowed; <see cref="IntPtr.Zero"/> past the end (the list may shrink while it is read).</summary>
    public static IntPtr ListItem(IntPtr o, int i)
    {
        IntPtr item = _listGetItem(o, i);
        if (item == IntPtr.Zero)
        {
            _errClear();
        }

        return item;
    }

    /// <summary>Stores <paramref name="item"/> (a new reference, stolen even on failure).</summary>
    public static void ListSet(IntPtr list, int i, IntPtr item) => Check(_listSetItem(list, i, item));

    public static IntPtr DictNew() => Check(_dictNew());

    public static int DictSize(IntPtr o) => checked((int)_dictSize(o));

    /// <summary>Stores a pair (neither reference is stolen).</summary>
    public static void DictSet(IntPtr dict, IntPtr key, IntPtr value) => Check(_dictSetItem(dict, key, value));

    /// <summary>The next pair, both borrowed.</summary>
    public static bool DictNext(IntPtr dict, ref nint position, out IntPtr key, out IntPtr value)
    {
        IntPtr k, v;
        nint p = position;
        int more = _dictNext(dict, &p, &k, &v);
        position = p;
        key = k;
        value = v;
        return more != 0;
    }
}
