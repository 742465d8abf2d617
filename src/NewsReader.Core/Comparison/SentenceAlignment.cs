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

    public static List<AlignedRow> Align(IReadOnlyList<IReadOnlyList<ArticleSentence>> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return [];
        }

        var first = articles[0];
        var rows = first.Select(s => new ArticleSentence?[articles.Count]).ToList();
        var scores = new double[first.Count];
        for (var i = 0; i < first.Count; i++)
        {
            rows[i][0] = first[i];
        }

        for (var a = 1; a < articles.Count; a++)
        {
            // Best pairs first, each sentence used once on either side.
            var pairs = (from s in first from t in articles[a] let score = Closeness(s, t) where score >= MinimumScore select (s, t, score))
                .OrderByDescending(p => p.score).ThenBy(p => p.s.Index).ThenBy(p => p.t.Index);
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
        var entities = a.Entities.Count + b.Entities.Count == 0 ? 0 : 2.0 * a.Entities.Count(b.Entities.Contains) / (a.Entities.Count + b.Entities.Count);
        double dot = 0, normA = 0, normB = 0;
        foreach (var (term, count) in a.Terms)
        {
            normA += count * count;
            if (b.Terms.TryGetValue(term, out var other))
            {
                dot += count * other;
            }
        }

        normB = b.Terms.Values.Sum(c => (double)c * c);
        var words = normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
        return (entities + words) / 2;
    }
}
