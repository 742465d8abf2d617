namespace NewsReader.Comparison;

/// <summary>One row of the alignment: for each article, the sentence that tells this fact, or null where it does not.</summary>
public sealed record AlignedRow(IReadOnlyList<ArticleSentence?> Sentences, double Score)
{
    /// <summary>True when only one article tells it.</summary>
    public bool OnlyOne => Sentences.Count(s => s is not null) == 1;
}

/// <summary>
/// Puts each sentence of the first article beside the closest sentence of each other article, so the reader sees
/// where outlets tell the same fact and what only one of them reports. Closeness is half the overlap of the
/// entities two sentences name (Dice) and half the cosine of their content words; a pair below
/// <see cref="MinimumScore"/> is not the same fact. Each sentence of another article is used once, by the sentence it
/// fits best; the sentences of other articles that fit none follow, each in a row of its own.
/// </summary>
public static class SentenceAlignment
{
    public const double MinimumScore = 0.2;

    /// <summary>Fewer words than this never state a fact of their own ("Full Screen", "1 of 24", "Buy Photo").</summary>
    public const int MinStatementWords = 5;

    /// <summary>A line this long is a statement even without a full stop (a caption, a key point).</summary>
    public const int LongStatementWords = 12;

    /// <summary>
    /// Whether a sentence states something: enough words (of letters or digits), and finished as a sentence unless it is long. A
    /// gallery's controls, a photo credit and a byline left in a page's text do not.
    /// </summary>
    public static bool IsStatement(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
        var last = sentence.TrimEnd().TrimEnd('"', '”', '’', '\'', ')').LastOrDefault();
        return words >= LongStatementWords || (words >= MinStatementWords && last is '.' or '!' or '?' or ':');
    }

    public static List<AlignedRow> Align(IReadOnlyList<IReadOnlyList<ArticleSentence>> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return [];
        }

        var first = articles[0];
        var index = new SentenceIndex(first);
        var rows = first.Select(s => new ArticleSentence?[articles.Count]).ToList();
        var scores = new double[first.Count];
        for (var i = 0; i < first.Count; i++)
        {
            rows[i][0] = first[i];
        }

        for (var a = 1; a < articles.Count; a++)
        {
            // Best pairs first, each sentence used once on either side.
            var pairs = index.ClosePairs(articles[a]).OrderByDescending(p => p.Score).ThenBy(p => p.S.Index).ThenBy(p => p.T.Index);
            var usedHere = new HashSet<int>();
            foreach (var (s, t, score) in pairs)
            {
                if (rows[s.Index][a] is null && usedHere.Add(t.Index))
                {
                    rows[s.Index][a] = t;
                    scores[s.Index] = Math.Max(scores[s.Index], score);
                }
            }

            foreach (var unmatched in articles[a].Where(t => !usedHere.Contains(t.Index)))
            {
                var row = new ArticleSentence?[articles.Count];
                row[a] = unmatched;
                rows.Add(row);
            }
        }

        return rows.Select((r, i) => new AlignedRow(r, i < scores.Length ? scores[i] : 0)).ToList();
    }

    /// <summary>How close two sentences are: entity overlap (Dice) and word cosine, half each, from 0 to 1.</summary>
    public static double Closeness(ArticleSentence a, ArticleSentence b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var sharedEntities = a.Entities.Count(b.Entities.Contains);
        double dot = 0;
        foreach (var (term, count) in a.Terms)
        {
            dot += b.Terms.TryGetValue(term, out var other) ? count * other : 0;
        }

        return Closeness(sharedEntities, a.Entities.Count + b.Entities.Count, dot, SquaredLength(a), SquaredLength(b));
    }

    private static double Closeness(int sharedEntities, int entities, double dot, double squaredLengthA, double squaredLengthB)
    {
        var entityOverlap = entities == 0 ? 0 : 2.0 * sharedEntities / entities;
        var words = squaredLengthA == 0 || squaredLengthB == 0 ? 0 : dot / Math.Sqrt(squaredLengthA * squaredLengthB);
        return (entityOverlap + words) / 2;
    }

    private static double SquaredLength(ArticleSentence sentence) => sentence.Terms.Values.Sum(c => (double)c * c);

    /// <summary>
    /// The first article's sentences indexed by their words and entities. Only a pair sharing a word or an entity can
    /// reach <see cref="MinimumScore"/>, so the pairs are found through the index: two 2,000-word articles have ten
    /// thousand sentence pairs, of which a few hundred share anything.
    /// </summary>
    private sealed class SentenceIndex
    {
        private readonly IReadOnlyList<ArticleSentence> _sentences;
        private readonly double[] _squaredLengths;
        private readonly Dictionary<string, List<(int Sentence, int Count)>> _byTerm = new(StringComparer.Ordinal);
        private readonly Dictionary<int, List<int>> _byEntity = [];

        public SentenceIndex(IReadOnlyList<ArticleSentence> sentences)
        {
            _sentences = sentences;
            _squaredLengths = sentences.Select(SquaredLength).ToArray();
            for (var i = 0; i < sentences.Count; i++)
            {
                foreach (var (term, count) in sentences[i].Terms)
                {
                    (_byTerm.TryGetValue(term, out var postings) ? postings : _byTerm[term] = []).Add((i, count));
                }

                foreach (var entity in sentences[i].Entities)
                {
                    (_byEntity.TryGetValue(entity, out var holders) ? holders : _byEntity[entity] = []).Add(i);
                }
            }
        }

        /// <summary>Each pair of an indexed sentence and one of <paramref name="others"/> at or above <see cref="MinimumScore"/>.</summary>
        public List<(ArticleSentence S, ArticleSentence T, double Score)> ClosePairs(IReadOnlyList<ArticleSentence> others)
        {
            var pairs = new List<(ArticleSentence, ArticleSentence, double)>();
            var dots = new double[_sentences.Count];
            var sharedEntities = new int[_sentences.Count];
            var touched = new List<int>();
            foreach (var t in others)
            {
                foreach (var (term, count) in t.Terms)
                {
                    foreach (var (i, indexedCount) in _byTerm.GetValueOrDefault(term) ?? [])
                    {
                        Touch(i);
                        dots[i] += count * indexedCount;
                    }
                }

                foreach (var entity in t.Entities)
                {
                    foreach (var i in _byEntity.GetValueOrDefault(entity) ?? [])
                    {
                        Touch(i);
                        sharedEntities[i]++;
                    }
                }

                var squaredLength = SquaredLength(t);
                foreach (var i in touched)
                {
                    var score = Closeness(sharedEntities[i], _sentences[i].Entities.Count + t.Entities.Count, dots[i], _squaredLengths[i], squaredLength);
                    if (score >= MinimumScore)
                    {
                        pairs.Add((_sentences[i], t, score));
                    }

                    (dots[i], sharedEntities[i]) = (0, 0);
                }

                touched.Clear();
            }

            return pairs;

            void Touch(int i)
            {
                if (dots[i] == 0 && sharedEntities[i] == 0)
                {
                    touched.Add(i);
                }
            }
        }
    }
}
