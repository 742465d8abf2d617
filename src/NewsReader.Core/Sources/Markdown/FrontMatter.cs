namespace NewsReader.Sources.Markdown;

/// <summary>
/// The metadata block at the top of a Markdown file, between two <c>---</c> lines, as flat <c>key: value</c> pairs
/// (the subset of YAML that article front matter uses; quotes around a value are dropped, keys are case-insensitive).
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

            values.TryAdd(line[..colon].Trim(), Unquote(line[(colon + 1)..].Trim()));
        }

        return (new FrontMatter(values), string.Join('\n', lines[(close + 1)..]));
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0], value[^1]) is ('"', '"') or ('\'', '\'') ? value[1..^1].Trim() : value;
}
