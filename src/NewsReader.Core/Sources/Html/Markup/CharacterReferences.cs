using System.Text;
using AngleSharp.Html;

namespace NewsReader.Sources.Html.Markup;

/// <summary>
/// Decodes character references (<c>&amp;amp;</c>, <c>&amp;#8217;</c>, <c>&amp;#x2019;</c>) as the HTML standard does,
/// with AngleSharp's table of the standard's 2,231 names: legacy names such as <c>&amp;copy</c> count without the
/// semicolon, except inside an attribute value when a letter, digit or '=' follows (a URL's query). Also turns CR and
/// CRLF into LF and drops NUL, as a browser's input stream does.
/// </summary>
internal static class CharacterReferences
{
    /// <summary>Legacy names (valid without a semicolon) are at most six letters: "middot", "plusmn".</summary>
    private const int LongestLegacyName = 6;

    /// <summary>The standard's replacements for numeric references to the C1 controls, as windows-1252 reads them.</summary>
    private static readonly char[] C1Replacements =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    public static string Decode(ReadOnlySpan<char> text, bool inAttribute)
    {
        var special = text.IndexOfAny('&', '\r', '\0');
        if (special < 0)
        {
            return text.ToString();
        }

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (special >= 0)
        {
            result.Append(text[i..(i + special)]);
            i += special;
            switch (text[i])
            {
                case '\r':
                    result.Append('\n');
                    i += i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    break;
                case '\0':
                    i++;
                    break;
                default:
                    i = AppendReference(text, i, inAttribute, result);
                    break;
            }

            special = text[i..].IndexOfAny('&', '\r', '\0');
        }

        return result.Append(text[i..]).ToString();
    }

    /// <summary>Appends what the reference at <paramref name="amp"/> stands for (or the '&amp;' itself); returns where reading goes on.</summary>
    private static int AppendReference(ReadOnlySpan<char> text, int amp, bool inAttribute, StringBuilder result)
    {
        if (amp + 1 < text.Length && text[amp + 1] == '#')
        {
            return AppendNumeric(text, amp, result);
        }

        var end = amp + 1;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        var name = text[(amp + 1)..end];
        if (name.IsEmpty)
        {
            result.Append('&');
            return amp + 1;
        }

        if (end < text.Length && text[end] == ';' && Symbol(string.Concat(name, ";")) is { } symbol)
        {
            result.Append(symbol);
            return end + 1;
        }

        for (var length = Math.Min(name.Length, LongestLegacyName); length >= 2; length--)
        {
            if (Symbol(name[..length].ToString()) is not { } legacy)
            {
                continue;
            }

            var next = amp + 1 + length;
            if (inAttribute && next < text.Length && (char.IsAsciiLetterOrDigit(text[next]) || text[next] == '='))
            {
                break;
            }

            result.Append(legacy);
            return next;
        }

        result.Append('&');
        return amp + 1;
    }

    private static int AppendNumeric(ReadOnlySpan<char> text, int amp, StringBuilder result)
    {
        var hex = amp + 2 < text.Length && text[amp + 2] is 'x' or 'X';
        var start = amp + (hex ? 3 : 2);
        var end = start;
        long code = 0;
        while (end < text.Length && (hex ? char.IsAsciiHexDigit(text[end]) : char.IsAsciiDigit(text[end])))
        {
            var digit = char.IsAsciiDigit(text[end]) ? text[end] - '0' : (text[end] | 0x20) - 'a' + 10;
            code = Math.Min(0x110000, (code * (hex ? 16 : 10)) + digit);
            end++;
        }

        if (end == start)
        {
            result.Append('&');
            return amp + 1;
        }

        if (code is >= 0x80 and <= 0x9F)
        {
            result.Append(C1Replacements[code - 0x80]);
        }
        else if (code is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            result.Append('\uFFFD');
        }
        else
        {
            result.Append(char.ConvertFromUtf32((int)code));
        }

        return end < text.Length && text[end] == ';' ? end + 1 : end;
    }

    private static string? Symbol(string name) => HtmlEntityProvider.Resolver.GetSymbol(name) is { Length: > 0 } symbol ? symbol : null;
}
