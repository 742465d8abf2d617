using System.Globalization;
using System.Text;

namespace NewsReader.Sources.Markdown;

/// <summary>
/// The metadata block at the top of a Markdown file, between two <c>---</c> lines, as flat <c>key: value</c> pairs:
/// the subset of YAML that article front matter uses. Keys are case-insensitive; values are YAML scalars, so
/// <c>null</c>, <c>~</c> and an empty value mean absent, double-quoted values have their escapes decoded
/// (<c>"\u2018"</c>), single-quoted ones their doubled quotes, and a plain value loses its trailing comment.
/// </summary>
public sealed class FrontMatter
{
    private readonly Dictionary<string, string> _values;

    private FrontMatter(Dictionary<string, string> values) => _values = values;

    public static FrontMatter Empty { get; } = new(new(StringComparer.OrdinalIgnoreCase));

    public string? this[string key] => _values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    /// <summary>The first of the keys that has a value.</summary>
    public string? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (this[key] is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Splits a leading front-matter block from the body; text without one is all body.</summary>
    public static (FrontMatter FrontMatter, string Body) Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        if (lines.Length < 2 || lines[0].TrimEnd('\r', ' ') != "---")
        {
            return (Empty, text);
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd('\r', ' ') is "---" or "...");
        if (close < 0)
        {
            return (Empty, text);
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines[1..close])
        {
            var colon = line.IndexOf(':');
            if (colon <= 0 || char.IsWhiteSpace(line[0]))
            {
                continue;
            }

            if (Scalar(line[(colon + 1)..].Trim()) is { Length: > 0 } value)
            {
                values.TryAdd(line[..colon].Trim(), value);
            }
        }

        return (new FrontMatter(values), string.Join('\n', lines[(close + 1)..]));
    }

    /// <summary>A YAML scalar's value, or null for YAML's null (<c>null</c>, <c>~</c>, nothing, or only a comment).</summary>
    private static string? Scalar(string raw) => raw switch
    {
        "" or "~" or "null" or "Null" or "NULL" or ['#', ..] => null,
        ['"', ..] => DoubleQuoted(raw),
        ['\'', ..] => SingleQuoted(raw),
        _ => WithoutComment(raw),
    };

    private static string WithoutComment(string plain) =>
        plain.IndexOf(" #", StringComparison.Ordinal) is var hash and >= 0 ? plain[..hash].TrimEnd() : plain;

    private static string SingleQuoted(string raw)
    {
        var text = new StringBuilder();
        for (var i = 1; i < raw.Length; i++)
        {
            if (raw[i] == '\'')
            {
                if (i + 1 < raw.Length && raw[i + 1] == '\'')
                {
                    text.Append('\'');
                    i++;
                    continue;
                }

                break;
            }

            text.Append(raw[i]);
        }

        return text.ToString();
    }

    /// <summary>A double-quoted scalar with YAML's escapes decoded; an escape it does not know is kept as written.</summary>
    private static string DoubleQuoted(string raw)
    {
        var text = new StringBuilder();
        for (var i = 1; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '"')
            {
                break;
            }

            if (c != '\\' || i + 1 >= raw.Length)
            {
                text.Append(c);
                continue;
            }

            var e = raw[++i];
            var hexLength = e switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
            if (hexLength > 0)
            {
                if (i + hexLength < raw.Length
                    && int.TryParse(raw.AsSpan(i + 1, hexLength), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                    && (code is < 0xD800 or > 0xDFFF ? code <= 0x10FFFF : hexLength == 4))
                {
                    text.Append(code is >= 0xD800 and <= 0xDFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code));
                    i += hexLength;
                }
                else
                {
                    text.Append('\\').Append(e);
                }

                continue;
            }

            text.Append(e switch
            {
                '0' => "\0",
                'a' => "\a",
                'b' => "\b",
                't' or '\t' => "\t",
                'n' => "\n",
                'v' => "\v",
                'f' => "\f",
                'r' => "\r",
                'e' => "\u001B",
                'N' => "\u0085",
                '_' => "\u00A0",
                'L' => "\u2028",
                'P' => "\u2029",
                ' ' or '"' or '/' or '\\' => e.ToString(),
                _ => "\\" + e,
            });
        }

        return text.ToString();
    }
}
