using System.Collections;
using System.Globalization;
using System.Text;

namespace Wsgi.Python;

/// <summary>Python's view of C# values: type names, <c>repr</c>, <c>hasattr</c>, native-string checks.
/// The mapping: <c>string</c> is str, <c>byte[]</c> is bytes, <c>bool</c> is bool, integral types are int,
/// <c>null</c> is None, <see cref="PyTuple"/>, <see cref="PyList"/> and <see cref="PyDict"/> are
/// tuple, list and dict (a type deriving from <see cref="PyDict"/> is a dict subclass).</summary>
public static class Py
{
    /// <summary>The longest <c>repr</c> put in a message; longer ones are cut with their length shown.</summary>
    public const int MaxRepr = 120;

    /// <summary>Python's <c>type(value).__name__</c>.</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "NoneType",
        string => "str",
        byte[] => "bytes",
        bool => "bool",
        int or long or short or sbyte or byte or uint or ulong or ushort or System.Numerics.BigInteger => "int",
        double or float or decimal => "float",
        PyTuple => "tuple",
        PyList => "list",
        PyDictSubclass s => s.TypeName,
        PyDict d => d.GetType() == typeof(PyDict) ? "dict" : d.GetType().Name,
        PyOpaque o => o.TypeName,
        PyCallable c => c.GetType().Name,
        _ => value.GetType().Name,
    };

    /// <summary>Whether <paramref name="value"/> is a Python int (bool excluded, as WSGI checks mean it).</summary>
    public static bool IsInt(object? value) =>
        value is int or long or short or sbyte or byte or uint or ulong or ushort or System.Numerics.BigInteger;

    /// <summary>Whether <paramref name="value"/> is a native string: a str whose code points are all at most U+00FF.</summary>
    public static bool IsNativeString(object? value) => value is string s && IsLatin1(s);

    /// <summary>Whether every character of <paramref name="s"/> is in latin-1 (U+0000 to U+00FF).</summary>
    public static bool IsLatin1(string s) => s.AsSpan().IndexOfAnyExceptInRange('\0', '\u00ff') < 0;

    /// <summary>Python's <c>callable(value)</c>.</summary>
    public static bool IsCallable(object? value) => value is PyCallable || value is Delegate ||
        value is PyOpaque o && o.HasAttr("__call__");

    /// <summary>Python's <c>hasattr(value, name)</c> for the attributes WSGI cares about.</summary>
    public static bool HasAttr(object? value, string name) => value switch
    {
        PyOpaque o => o.HasAttr(name),
        WsgiInput => name is "read" or "readline" or "readlines" or "__iter__" or "close",
        WsgiErrors => name is "write" or "writelines" or "flush" or "close",
        _ => name switch
        {
            "close" => value is IPyClosable,
            "__iter__" => value is IEnumerable,
            "__len__" => value is IPyLen || value is ICollection || value is string || value is byte[],
            "__call__" => IsCallable(value),
            "read" => value is Stream || value is WsgiInput,
            _ => false,
        },
    };

    /// <summary>Python's <c>repr(value)</c>, cut at <see cref="MaxRepr"/> characters with the full length shown.</summary>
    public static string Repr(object? value) => Cut(ReprFull(value, 0));

    /// <summary>Cuts a rendered value at <see cref="MaxRepr"/> characters.</summary>
    public static string Cut(string text) =>
        text.Length <= MaxRepr ? text : string.Concat(text.AsSpan(0, MaxRepr), $"... ({text.Length} chars)");

    private static string ReprFull(object? value, int depth)
    {
        if (depth > 4)
        {
            return "...";
        }

        return value switch
        {
            null => "None",
            bool b => b ? "True" : "False",
            string s => StrRepr(s),
            byte[] b => BytesRepr(b),
            PyTuple t => t.Count == 1 ? $"({ReprFull(t[0], depth + 1)},)" : "(" + string.Join(", ", t.Take(20).Select(x => ReprFull(x, depth + 1))) + (t.Count > 20 ? ", ...)" : ")"),
            PyList l => "[" + string.Join(", ", l.Take(20).Select(x => ReprFull(x, depth + 1))) + (l.Count > 20 ? ", ...]" : "]"),
            PyDict d => "{" + string.Join(", ", d.Take(20).Select(kv => ReprFull(kv.Key, depth + 1) + ": " + ReprFull(kv.Value, depth + 1))) + (d.Count > 20 ? ", ...}" : "}"),
            Type t => $"<class '{t.Name}'>",
            Exception e => $"{e.GetType().Name}({StrRepr(e.Message)})",
            IFormattable f when IsInt(value) || value is double or float => f.ToString(null, CultureInfo.InvariantCulture),
            PyOpaque o => o.ReprText,
            _ => $"<{TypeName(value)} object>",
        };
    }

    /// <summary>Python's <c>repr</c> of a str: single quotes, escapes for control and non-printable characters.</summary>
    public static string StrRepr(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        foreach (char c in s)
        {
            AppendEscaped(sb, c, quote, bytes: false);
        }

        return sb.Append(quote).ToString();
    }

    /// <summary>Python's <c>repr</c> of bytes: <c>b'...'</c> with <c>\xNN</c> escapes.</summary>
    public static string BytesRepr(ReadOnlySpan<byte> b)
    {
        var sb = new StringBuilder(b.Length + 3);
        char quote = b.Contains((byte)'\'') && !b.Contains((byte)'"') ? '"' : '\'';
        sb.Append('b').Append(quote);
        foreach (byte x in b)
        {
            AppendEscaped(sb, (char)x, quote, bytes: true);
        }

        return sb.Append(quote).ToString();
    }

    private static void AppendEscaped(StringBuilder sb, char c, char quote, bool bytes)
    {
        switch (c)
        {
            case '\\': sb.Append(@"\\"); break;
            case '\n': sb.Append(@"\n"); break;
            case '\r': sb.Append(@"\r"); break;
            case '\t': sb.Append(@"\t"); break;
            default:
                if (c == quote)
                {
                    sb.Append('\\').Append(c);
                }
                else if (c < 0x20 || c == 0x7f || (bytes && c > 0x7e) || (!bytes && c is >= '\u0080' and <= '\u00a0'))
                {
                    sb.Append(@"\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                }
                else if (!bytes && (char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator))
                {
                    sb.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(c);
                }

                break;
        }
    }
}
