using NewsReader.Nlp.Tagging;

namespace NewsReader.Nlp.Gazetteers;

/// <summary>
/// The WordNet class of a lower-case English word's most frequent sense (noun.person, verb.communication...),
/// numbered from 1; 0 for a word it does not know. Regular inflections fall back to their base form.
/// </summary>
public sealed class WordClasses
{
    private readonly FeatureTable _words;
    private readonly byte[] _classes;
    private readonly string[] _names;

    private WordClasses(Dictionary<ulong, byte> classes, IEnumerable<string> names, ulong fingerprint)
    {
        _names = ["", .. names];
        _words = new FeatureTable(Math.Max(classes.Count, 16));
        _classes = new byte[classes.Count];
        foreach (var (key, id) in classes)
        {
            _classes[_words.FindOrAdd(key)] = id;
        }

        Fingerprint = fingerprint;
    }

    public static WordClasses Empty { get; } = new(new Dictionary<ulong, byte>(), [], 0);

    public ulong Fingerprint { get; }

    /// <summary>Rows of "word TAB class"; blank lines and # comments skipped.</summary>
    public static WordClasses Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var names = new Dictionary<string, byte>(StringComparer.Ordinal);
        var classes = new Dictionary<ulong, byte>();
        var fingerprint = 14695981039346656037UL;
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || tab < 0)
            {
                continue;
            }

            var name = line[(tab + 1)..].Trim();
            if (!names.TryGetValue(name, out var id))
            {
                names[name] = id = checked((byte)(names.Count + 1));
            }

            var key = FeatureHash.Of(line.AsSpan(0, tab));
            classes[key] = id;
            fingerprint = (fingerprint ^ key ^ id) * 1099511628211UL;
        }

        return new WordClasses(classes, names.OrderBy(n => n.Value).Select(n => n.Key), fingerprint);
    }

    /// <summary>The name of the word's class ("noun.group"), or "" for a word WordNet does not know.</summary>
    public string ClassNameOf(ReadOnlySpan<char> word) => _names[ClassOf(word)];

    /// <summary>The class of the word, read in lower case; tries "-s", "-es", "-ies", "-ed" and "-ing" endings off.</summary>
    public int ClassOf(ReadOnlySpan<char> word)
    {
        // Every listed word starts with a letter: numbers and marks have no class, and need no lookups.
        if (_classes.Length == 0 || word.Length is 0 or > 40 || !char.IsLetter(word[0]))
        {
            return 0;
        }

        Span<char> lower = stackalloc char[word.Length + 1];
        for (var i = 0; i < word.Length; i++)
        {
            lower[i] = char.ToLowerInvariant(word[i]);
        }

        var w = lower[..word.Length];
        return Find(w)
            ?? (w.EndsWith("ies") ? FindWith(lower, w.Length - 3, 'y') : null)
            ?? (w.EndsWith("es") ? Find(w[..^2]) : null)
            ?? (w.EndsWith("s") ? Find(w[..^1]) : null)
            ?? (w.EndsWith("ed") ? Find(w[..^2]) ?? Find(w[..^1]) : null)
            ?? (w.EndsWith("ing") ? Find(w[..^3]) ?? FindWith(lower, w.Length - 3, 'e') : null)
            ?? 0;
    }

    private int? Find(ReadOnlySpan<char> word) => word.Length > 0 && _words.Find(FeatureHash.Of(word)) is var row and >= 0 ? _classes[row] : null;

    /// <summary>Looks up the first <paramref name="length"/> characters with one more appended ("stud" + "y").</summary>
    private int? FindWith(Span<char> buffer, int length, char append)
    {
        if (length <= 0)
        {
            return null;
        }

        buffer[length] = append;
        return Find(buffer[..(length + 1)]);
    }
}
