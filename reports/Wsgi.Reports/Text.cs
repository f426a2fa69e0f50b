using System.Text;

namespace Wsgi.Reports;

/// <summary>Making text from a server safe to put in a report: cut to a length (saying how long it
/// was), and with characters XML cannot hold removed.</summary>
internal static class Text
{
    /// <summary>The longest body or value shown in full.</summary>
    public const int MaxShown = 2000;

    /// <summary>Cuts <paramref name="s"/> at <paramref name="max"/> characters, saying how long it was.</summary>
    public static string Cut(string s, int max = MaxShown) => s.Length <= max ? s : string.Concat(s.AsSpan(0, max), $"… ({s.Length} characters in all)");

    /// <summary>Bytes as text: printable ASCII kept, everything else escaped (\r \n \t \xNN), cut.</summary>
    public static string Bytes(ReadOnlySpan<byte> bytes, int max = MaxShown)
    {
        var sb = new StringBuilder(Math.Min(bytes.Length, max) + 16);
        foreach (byte b in bytes.Length > max ? bytes[..max] : bytes)
        {
            switch (b)
            {
                case (byte)'\r': sb.Append(@"\r"); break;
                case (byte)'\n': sb.Append("\\n\n"); break;
                case (byte)'\t': sb.Append(@"\t"); break;
                case (byte)'\\': sb.Append(@"\\"); break;
                case >= 0x20 and < 0x7f: sb.Append((char)b); break;
                default: sb.Append(@"\x").Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)); break;
            }
        }

        if (bytes.Length > max)
        {
            sb.Append($"… ({bytes.Length} bytes in all)");
        }

        return sb.ToString();
    }

    /// <summary>Removes characters that XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF).</summary>
    public static string XmlSafe(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[++i]);
            }
            else if (c is '\t' or '\n' or '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Replaces lone surrogates (which no UTF encoding can hold) with U+FFFD.</summary>
    public static string ValidUtf16(string s)
    {
        if (!s.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return s;
        }

        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
