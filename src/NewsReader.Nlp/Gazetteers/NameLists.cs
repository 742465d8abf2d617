using NewsReader.Nlp.Tagging;

namespace NewsReader.Nlp.Gazetteers;

/// <summary>
/// Gazetteers as the tagger reads them: phrases of up to <see cref="MaxPhraseTokens"/> tokens, matched
/// case-insensitively on capitalised tokens by a hash of the lower-cased phrase, so matching allocates nothing.
/// </summary>
public sealed class NameLists
{
    public const int MaxPhraseTokens = 6;

    /// <summary>Two bits per list in a match mask: the phrase begins here, or continues here.</summary>
    public const int BitsPerList = 2;

    private static readonly NameList[] AllLists = Enum.GetValues<NameList>();

    private readonly FeatureTable _phrases;
    private readonly int[] _lists;

    private NameLists(Dictionary<ulong, int> phrases, ulong fingerprint, WordClasses classes)
    {
        // The tagger's own hash table: built fast at start-up and probed in one array on the hot path.
        _phrases = new FeatureTable(Math.Max(phrases.Count, 16));
        _lists = new int[phrases.Count];
        foreach (var (key, lists) in phrases)
        {
            _lists[_phrases.FindOrAdd(key)] = lists;
        }

        Classes = classes;
        Fingerprint = fingerprint ^ classes.Fingerprint;
    }

    /// <summary>A hash of every list's content; a model trained with other lists refuses to load with these.</summary>
    public ulong Fingerprint { get; }

    /// <summary>The WordNet classes of common words, read for a name's neighbours.</summary>
    public WordClasses Classes { get; }

    public static NameLists Empty { get; } = new(new Dictionary<ulong, int>(), 0, WordClasses.Empty);

    /// <summary>The lists embedded in this assembly.</summary>
    public static NameLists LoadEmbedded()
    {
        var assembly = typeof(NameLists).Assembly;
        var lists = new Dictionary<NameList, IEnumerable<string>>();
        foreach (var list in AllLists)
        {
            var name = ResourceName(list);
            var resource = assembly.GetManifestResourceNames().SingleOrDefault(r => r.EndsWith(name, StringComparison.Ordinal));
            if (resource is not null)
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
                lists[list] = reader.ReadToEnd().Split('\n').ToList();
            }
        }

        var classes = assembly.GetManifestResourceNames().Single(r => r.EndsWith("word-classes.txt", StringComparison.Ordinal));
        using var classReader = new StreamReader(assembly.GetManifestResourceStream(classes)!);
        return FromLists(lists, WordClasses.Parse(classReader.ReadToEnd().Split('\n')));
    }

    /// <summary>Lists from phrases (one per line; blank lines and # comments skipped).</summary>
    public static NameLists FromLists(IReadOnlyDictionary<NameList, IEnumerable<string>> lists, WordClasses? classes = null)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var phrases = new Dictionary<ulong, int>();
        var fingerprint = 14695981039346656037UL;
        foreach (var (list, lines) in lists.OrderBy(l => l.Key))
        {
            foreach (var line in lines)
            {
                var phrase = line.Trim();
                if (phrase.Length == 0 || phrase[0] == '#' || phrase.Split(' ').Length > MaxPhraseTokens)
                {
                    continue;
                }

                var key = FeatureHash.OfLower(phrase);
                phrases[key] = phrases.GetValueOrDefault(key) | (1 << (int)list);
                fingerprint = (fingerprint ^ key ^ (ulong)list) * 1099511628211UL;
            }
        }

        return new NameLists(phrases, fingerprint, classes ?? WordClasses.Empty);
    }

    /// <summary>
    /// Per token, a mask with bit (list × 2) set where the longest phrase of that list starting at a
    /// capitalised token begins, and bit (list × 2 + 1) on the tokens it continues over. A lower-case token
    /// can only match a single title word.
    /// </summary>
    public int[] Match(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var masks = new int[tokens.Count];
        if (_lists.Length == 0)
        {
            return masks;
        }

        Span<int> longest = stackalloc int[AllLists.Length];
        for (var start = 0; start < tokens.Count; start++)
        {
            if (tokens[start].Length == 0)
            {
                continue;
            }

            if (!char.IsUpper(tokens[start][0]))
            {
                // Lower-case words count only as title words ("spokeswoman"), never as names.
                if (Lists(FeatureHash.OfLower(tokens[start])) is var titles && (titles & (1 << (int)NameList.TitleWords)) != 0)
                {
                    masks[start] |= 1 << ((int)NameList.TitleWords * BitsPerList);
                }

                continue;
            }

            longest.Clear();
            var hash = 14695981039346656037UL;
            for (var end = start; end < tokens.Count && end - start < MaxPhraseTokens; end++)
            {
                if (end > start)
                {
                    hash = (hash ^ ' ') * 1099511628211UL;
                }

                foreach (var c in tokens[end])
                {
                    hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                }

                if (Lists(hash) is var lists and not 0)
                {
                    for (var l = 0; l < AllLists.Length; l++)
                    {
                        longest[l] = (lists & (1 << l)) != 0 ? end - start + 1 : longest[l];
                    }
                }
            }

            for (var l = 0; l < AllLists.Length; l++)
            {
                for (var k = 0; k < longest[l]; k++)
                {
                    masks[start + k] |= 1 << ((l * BitsPerList) + (k == 0 ? 0 : 1));
                }
            }
        }

        return masks;
    }

    /// <summary>Whether the list holds the word, read in lower case as the lists are matched.</summary>
    public bool Holds(NameList list, string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        }

        return (Lists(hash) & (1 << (int)list)) != 0;
    }

    /// <summary>The lists a phrase hash belongs to, as bits by <see cref="NameList"/>; 0 for none.</summary>
    private int Lists(ulong phraseHash) => _phrases.Find(phraseHash) is var row and >= 0 ? _lists[row] : 0;

    private static string ResourceName(NameList list) => list switch
    {
        NameList.Locations => "locations.txt",
        NameList.Organizations => "organizations.txt",
        NameList.FirstNames => "first-names.txt",
        NameList.LastNames => "last-names.txt",
        NameList.Demonyms => "demonyms.txt",
        NameList.TitleWords => "title-words.txt",
        _ => throw new ArgumentOutOfRangeException(nameof(list)),
    };
}
