using NewsReader.Nlp.Gazetteers;

namespace NewsReader.Nlp.Tagging;

/// <summary>
/// What the tagger knows about every token of one document before it scores any: hashes of the word, its
/// shapes and affixes, its orthographic facts, gazetteer matches, and how the same word is written elsewhere
/// in the document (a word seen in lower case elsewhere is probably not a name at a sentence start).
/// </summary>
internal sealed class DocumentFacts
{
    public const int Affixes = 4;

    private readonly Dictionary<ulong, (int CapitalMidSentence, int Lower)> _usage = [];

    public DocumentFacts(IReadOnlyList<IReadOnlyList<string>> sentences, NameLists names)
    {
        Sentences = new SentenceFacts[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            Sentences[s] = new SentenceFacts(s, sentences[s], names);
            CountUsage(Sentences[s]);
        }

        Topic = Sentences.Length > 0 && Sentences[0].Length > 1 && Sentences[0].IsHeadline ? Sentences[0].Lower[0] : 0;
    }

    /// <summary>
    /// The first word of a capitalised opening line ("SOCCER - ..."), which names the desk a wire story came from;
    /// 0 when the document does not open so. In a results table under SOCCER a city names a team.
    /// </summary>
    public ulong Topic { get; }

    public SentenceFacts[] Sentences { get; }

    /// <summary>Per sentence and token, what a first tagging pass said of the same word elsewhere; null before one.</summary>
    public int[][]? Hints { get; private set; }

    /// <summary>
    /// Records, for every token, how a first pass tagged the other occurrences of its word in this document:
    /// bits 0-3 the entity types seen, bits 4-6 the most frequent type plus one (0: none), bit 7 seen outside
    /// any entity while capitalised.
    /// </summary>
    public void SetHints(int[][] firstPassTags)
    {
        ArgumentNullException.ThrowIfNull(firstPassTags);
        var counts = new Dictionary<ulong, int[]>();
        for (var s = 0; s < Sentences.Length; s++)
        {
            for (var i = 0; i < Sentences[s].Length; i++)
            {
                Observe(counts, Sentences[s], i, firstPassTags[s][i], +1);
            }
        }

        Hints = new int[Sentences.Length][];
        for (var s = 0; s < Sentences.Length; s++)
        {
            var sentence = Sentences[s];
            Hints[s] = new int[sentence.Length];
            for (var i = 0; i < sentence.Length; i++)
            {
                if (!counts.TryGetValue(sentence.Lower[i], out var c))
                {
                    continue;
                }

                Observe(counts, sentence, i, firstPassTags[s][i], -1);
                Hints[s][i] = HintOf(c);
                Observe(counts, sentence, i, firstPassTags[s][i], +1);
            }
        }
    }

    private static int HintOf(int[] c)
    {
        var hint = 0;
        var best = -1;
        for (var type = 0; type < 4; type++)
        {
            if (c[type] > 0)
            {
                hint |= 1 << type;
                if (best < 0 || c[type] > c[best])
                {
                    best = type;
                }
            }
        }

        return hint | ((best + 1) << 4) | (c[4] > 0 ? 1 << 7 : 0);
    }

    /// <summary>Counts a capitalised token by the type its tag gives it (index 4: outside any entity).</summary>
    private static void Observe(Dictionary<ulong, int[]> counts, SentenceFacts sentence, int i, int tag, int delta)
    {
        if ((sentence.Facts[i] & TokenShape.Facts.InitialCapital) == 0)
        {
            return;
        }

        if (!counts.TryGetValue(sentence.Lower[i], out var c))
        {
            counts[sentence.Lower[i]] = c = new int[5];
        }

        c[tag == EntityTags.Outside ? 4 : EntityTags.TypeOf(tag)] += delta;
    }

    /// <summary>The word is written in lower case somewhere in the document.</summary>
    public bool SeenLower(ulong lower) => _usage.TryGetValue(lower, out var u) && u.Lower > 0;

    /// <summary>The word is written capitalised, not at a sentence start, somewhere in the document.</summary>
    public bool SeenCapitalMidSentence(ulong lower) => _usage.TryGetValue(lower, out var u) && u.CapitalMidSentence > 0;

    private void CountUsage(SentenceFacts sentence)
    {
        for (var i = 0; i < sentence.Length; i++)
        {
            var facts = sentence.Facts[i];
            var u = _usage.GetValueOrDefault(sentence.Lower[i]);
            if ((facts & TokenShape.Facts.AllLower) != 0)
            {
                u.Lower++;
            }
            else if (i > 0 && (facts & TokenShape.Facts.InitialCapital) != 0 && !sentence.IsHeadline)
            {
                u.CapitalMidSentence++;
            }

            _usage[sentence.Lower[i]] = u;
        }
    }
}

/// <summary>Per-token facts of one sentence, in parallel arrays.</summary>
internal sealed class SentenceFacts
{
    public SentenceFacts(int index, IReadOnlyList<string> tokens, NameLists names)
    {
        Index = index;
        Length = tokens.Count;
        Word = new ulong[Length];
        Lower = new ulong[Length];
        Shape = new ulong[Length];
        ShortShape = new ulong[Length];
        Prefix = new ulong[Length * DocumentFacts.Affixes];
        Suffix = new ulong[Length * DocumentFacts.Affixes];
        Facts = new TokenShape.Facts[Length];
        Class = new ulong[Length];
        var capitals = 0;
        var letters = 0;
        for (var i = 0; i < Length; i++)
        {
            var token = tokens[i].AsSpan();
            Word[i] = FeatureHash.Of(token);
            Lower[i] = FeatureHash.OfLower(token);
            (Shape[i], ShortShape[i]) = TokenShape.Hashes(token);
            Facts[i] = TokenShape.Describe(token);
            Class[i] = (ulong)names.Classes.ClassOf(token);
            var prefix = FeatureHash.Empty;
            for (var a = 1; a <= DocumentFacts.Affixes; a++)
            {
                // FNV runs forward, so each prefix's hash continues the one before: the same value as hashing it whole.
                prefix = token.Length >= a ? FeatureHash.ContinueLower(prefix, token[a - 1]) : 0;
                Prefix[(i * DocumentFacts.Affixes) + a - 1] = prefix;
                Suffix[(i * DocumentFacts.Affixes) + a - 1] = token.Length >= a ? FeatureHash.OfLower(token[^a..]) : 0;
            }

            if ((Facts[i] & TokenShape.Facts.Punctuation) == 0 && (Facts[i] & TokenShape.Facts.AllDigits) == 0)
            {
                letters++;
                capitals += (Facts[i] & TokenShape.Facts.AllCapitals) != 0 ? 1 : 0;
            }
        }

        IsHeadline = letters >= 2 && capitals * 5 >= letters * 4;
        Names = names.Match(tokens);
    }

    /// <summary>The sentence's place in its document.</summary>
    public int Index { get; }

    public int Length { get; }

    public ulong[] Word { get; }

    public ulong[] Lower { get; }

    public ulong[] Shape { get; }

    public ulong[] ShortShape { get; }

    public ulong[] Prefix { get; }

    public ulong[] Suffix { get; }

    public TokenShape.Facts[] Facts { get; }

    /// <summary>The WordNet class of each token read as a common word (0: none).</summary>
    public ulong[] Class { get; }

    /// <summary>Most of the sentence is in capitals (a headline or dateline): capitals say little here.</summary>
    public bool IsHeadline { get; }

    /// <summary>Per token, the gazetteer matches covering it (see <see cref="NameLists.Match"/>).</summary>
    public int[] Names { get; }
}
