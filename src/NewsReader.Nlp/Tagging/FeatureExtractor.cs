using NewsReader.Nlp.Gazetteers;

namespace NewsReader.Nlp.Tagging;

/// <summary>
/// Turns each token, in its sentence and document, into feature keys: the word and its neighbours, shapes,
/// affixes, orthographic facts, gazetteer matches and document-wide usage. Keys are hashes; nothing allocates
/// per token.
/// </summary>
internal static class FeatureExtractor
{
    /// <summary>Room for the keys of one token; the templates below write fewer.</summary>
    public const int MaxFeaturesPerToken = 96;

    private const int ListCount = 6;
    private const ulong Boundary = 0x5EED;

    /// <summary>Writes the keys of token <paramref name="i"/> into <paramref name="keys"/>; returns how many.</summary>
    public static int Extract(DocumentFacts document, SentenceFacts s, int i, Span<ulong> keys)
    {
        var n = AddWordFeatures(s, i, keys, 0);
        n = AddNeighbourFeatures(s, i, keys, n);
        n = AddNumberFeatures(s, i, keys, n);
        n = AddClassFeatures(s, i, keys, n);
        n = AddDocumentFeatures(document, s, i, keys, n);
        n = AddNameFeatures(s, i, keys, n);
        n = AddTopicFeatures(document, s, i, keys, n);
        if (document.Hints is { } hints)
        {
            n = AddHintFeatures(hints[s.Index], s, i, keys, n);
        }

        return n;
    }

    /// <summary>The token itself: word, lower case, shapes, affixes, and its orthographic facts.</summary>
    private static int AddWordFeatures(SentenceFacts s, int i, Span<ulong> keys, int n)
    {
        keys[n++] = FeatureHash.Key(1, 0);
        keys[n++] = FeatureHash.Key(2, s.Word[i]);
        keys[n++] = FeatureHash.Key(3, s.Lower[i]);
        keys[n++] = FeatureHash.Key(4, s.Shape[i]);
        keys[n++] = FeatureHash.Key(5, s.ShortShape[i]);
        for (var a = 0; a < DocumentFacts.Affixes; a++)
        {
            var prefix = s.Prefix[(i * DocumentFacts.Affixes) + a];
            var suffix = s.Suffix[(i * DocumentFacts.Affixes) + a];
            if (prefix != 0)
            {
                keys[n++] = FeatureHash.Key(6 + a, prefix);
                keys[n++] = FeatureHash.Key(10 + a, suffix);
            }
        }

        return n;
    }

    /// <summary>Words and shapes up to two tokens away, alone and paired with the token's own.</summary>
    private static int AddNeighbourFeatures(SentenceFacts s, int i, Span<ulong> keys, int n)
    {
        var lowerBefore = Lower(s, i - 1);
        var lowerAfter = Lower(s, i + 1);
        keys[n++] = FeatureHash.Key(14, lowerBefore);
        keys[n++] = FeatureHash.Key(15, lowerAfter);
        keys[n++] = FeatureHash.Key(16, Lower(s, i - 2));
        keys[n++] = FeatureHash.Key(17, Lower(s, i + 2));
        keys[n++] = FeatureHash.Key(18, ShortShape(s, i - 1));
        keys[n++] = FeatureHash.Key(19, ShortShape(s, i + 1));
        keys[n++] = FeatureHash.Key(20, lowerBefore, s.Lower[i]);
        keys[n++] = FeatureHash.Key(21, s.Lower[i], lowerAfter);
        keys[n++] = FeatureHash.Key(22, ShortShape(s, i - 1), s.ShortShape[i]);
        keys[n++] = FeatureHash.Key(23, s.ShortShape[i], ShortShape(s, i + 1));
        keys[n++] = FeatureHash.Key(24, Suffix3(s, i - 1));
        keys[n++] = FeatureHash.Key(25, Suffix3(s, i + 1));
        keys[n++] = FeatureHash.Key(26, Word(s, i - 1), s.ShortShape[i]);
        keys[n++] = FeatureHash.Key(27, s.ShortShape[i], Word(s, i + 1));
        for (var bit = 0; bit < 10; bit++)
        {
            if (((int)s.Facts[i] & (1 << bit)) != 0)
            {
                keys[n++] = FeatureHash.Key(28, (ulong)bit);
            }
        }

        return n;
    }

    /// <summary>The WordNet classes of the neighbours, and of the token read as a common word.</summary>
    private static int AddClassFeatures(SentenceFacts s, int i, Span<ulong> keys, int n)
    {
        keys[n++] = FeatureHash.Key(70, Class(s, i - 1));
        keys[n++] = FeatureHash.Key(71, Class(s, i + 1));
        keys[n++] = FeatureHash.Key(72, Class(s, i - 2));
        keys[n++] = FeatureHash.Key(73, Class(s, i + 2));
        keys[n++] = FeatureHash.Key(74, s.Class[i], s.ShortShape[i]);
        return n;
    }

    /// <summary>Sentence start, headline sentences, and how the word is written elsewhere in the document.</summary>
    private static int AddDocumentFeatures(DocumentFacts document, SentenceFacts s, int i, Span<ulong> keys, int n)
    {
        var position = i == 0 ? 1UL : 0UL;
        keys[n++] = FeatureHash.Key(29, position, s.ShortShape[i]);
        if (s.IsHeadline)
        {
            keys[n++] = FeatureHash.Key(30, s.Lower[i]);
            keys[n++] = FeatureHash.Key(31, s.ShortShape[i]);
        }

        if ((s.Facts[i] & TokenShape.Facts.InitialCapital) != 0)
        {
            var usage = (document.SeenLower(s.Lower[i]) ? 1UL : 0UL) | (document.SeenCapitalMidSentence(s.Lower[i]) ? 2UL : 0UL);
            keys[n++] = FeatureHash.Key(32, usage, position);
        }

        return n;
    }

    /// <summary>The wire desk the story opens with (SOCCER, CRICKET), with the capitalised token's lists, shape and numbers.</summary>
    private static int AddTopicFeatures(DocumentFacts document, SentenceFacts s, int i, Span<ulong> keys, int n)
    {
        if (document.Topic == 0 || (s.Facts[i] & TokenShape.Facts.InitialCapital) == 0)
        {
            return n;
        }

        keys[n++] = FeatureHash.Key(60, document.Topic, (ulong)s.Names[i]);
        keys[n++] = FeatureHash.Key(61, document.Topic, s.ShortShape[i]);
        keys[n++] = FeatureHash.Key(62, document.Topic, (ulong)(i > 0 ? s.Facts[i - 1] & TokenShape.Facts.HasDigit : 0) | (ulong)(i + 1 < s.Length ? s.Facts[i + 1] & TokenShape.Facts.HasDigit : 0) << 1);
        return n;
    }

    /// <summary>
    /// The keys <see cref="Extract"/> adds once a first pass has set the document's hints; with the keys it wrote
    /// before, they are the whole of <see cref="Extract"/>'s output, so a second pass can reuse the first's keys.
    /// </summary>
    public static int ExtractHints(DocumentFacts document, SentenceFacts s, int i, Span<ulong> keys) =>
        document.Hints is { } hints ? AddHintFeatures(hints[s.Index], s, i, keys, 0) : 0;

    /// <summary>Whether numbers stand beside the token, as they do around team names in results tables.</summary>
    private static int AddNumberFeatures(SentenceFacts s, int i, Span<ulong> keys, int n)
    {
        var numberBefore = i > 0 && (s.Facts[i - 1] & TokenShape.Facts.HasDigit) != 0;
        var numberAfter = i + 1 < s.Length && (s.Facts[i + 1] & TokenShape.Facts.HasDigit) != 0;
        if (numberBefore || numberAfter)
        {
            keys[n++] = FeatureHash.Key(35, (numberBefore ? 1UL : 0UL) | (numberAfter ? 2UL : 0UL), s.ShortShape[i]);
        }

        return n;
    }

    /// <summary>What the first pass said of the same word elsewhere in the document, alone and with neighbours' hints.</summary>
    private static int AddHintFeatures(int[] sentenceHints, SentenceFacts s, int i, Span<ulong> keys, int n)
    {
        var hint = (ulong)sentenceHints[i];
        if (hint == 0)
        {
            return n;
        }

        keys[n++] = FeatureHash.Key(50, hint);
        keys[n++] = FeatureHash.Key(51, hint >> 4);
        for (var type = 0; type < 4; type++)
        {
            if ((hint & (1UL << type)) != 0)
            {
                keys[n++] = FeatureHash.Key(52, (ulong)type);
            }
        }

        keys[n++] = FeatureHash.Key(53, hint >> 4, i > 0 ? (ulong)sentenceHints[i - 1] >> 4 : Boundary);
        keys[n++] = FeatureHash.Key(54, hint >> 4, i + 1 < s.Length ? (ulong)sentenceHints[i + 1] >> 4 : Boundary);
        return n;
    }

    private static int AddNameFeatures(SentenceFacts s, int i, Span<ulong> keys, int n)
    {
        var mask = s.Names[i];
        for (var bit = 0; bit < ListCount * NameLists.BitsPerList; bit++)
        {
            if ((mask & (1 << bit)) != 0)
            {
                keys[n++] = FeatureHash.Key(40, (ulong)bit);
                keys[n++] = FeatureHash.Key(41, (ulong)bit, s.ShortShape[i]);
            }
        }

        var before = i > 0 ? s.Names[i - 1] : 0;
        var after = i + 1 < s.Length ? s.Names[i + 1] : 0;
        if (before != 0)
        {
            keys[n++] = FeatureHash.Key(42, (ulong)before);
        }

        if (after != 0)
        {
            keys[n++] = FeatureHash.Key(43, (ulong)after);
        }

        return n;
    }

    private static ulong Lower(SentenceFacts s, int i) => i < 0 || i >= s.Length ? Boundary + (ulong)(i < 0 ? -i : i - s.Length + 10) : s.Lower[i];

    private static ulong Class(SentenceFacts s, int i) => i < 0 || i >= s.Length ? Boundary : s.Class[i];

    private static ulong Word(SentenceFacts s, int i) => i < 0 || i >= s.Length ? Boundary : s.Word[i];

    private static ulong ShortShape(SentenceFacts s, int i) => i < 0 || i >= s.Length ? Boundary : s.ShortShape[i];

    /// <summary>The last three letters (fewer for a short word) of a neighbour.</summary>
    private static ulong Suffix3(SentenceFacts s, int i)
    {
        if (i < 0 || i >= s.Length)
        {
            return Boundary;
        }

        var three = s.Suffix[(i * DocumentFacts.Affixes) + 2];
        return three != 0 ? three : s.Suffix[i * DocumentFacts.Affixes];
    }
}
