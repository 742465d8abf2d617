namespace NewsReader.Stories;

/// <summary>
/// How alike two articles are: the <see cref="StoryModel"/>'s probability that they report one event
/// (<see cref="Score"/>), the features it was computed from, and the shared entities that say why, rarest first.
/// </summary>
public sealed record SimilarityScore(double Score, double Entities, double Text, double Lead, bool SharesEvent, double? DaysApart, IReadOnlyList<int> SharedEntities);

/// <summary>
/// Scores two articles as reports of the same event: the cosine of their entity vectors, of their content-term
/// vectors and of their leads' terms (<see cref="ArticleLead"/>), each weighted by rarity (TF-IDF), whether they name
/// the same event, and how far apart their dates are, combined by the learned <see cref="StoryModel"/>. Sharing famous names is not enough: "Israel" and "Iran" are in
/// most articles of the store and weigh little; the words and the rarer names carry the decision.
/// </summary>
public static class ArticleSimilarity
{
    public static SimilarityScore Score(ArticleProfile a, ArticleProfile b, CorpusStatistics statistics, StoryModel model)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(model);
        var common = new List<(int Key, double Product)>();
        var entities = Cosine(a.Entities, b.Entities, statistics.EntityRarity, common);
        var shared = common.OrderByDescending(c => c.Product).Select(c => c.Key).ToList();
        var text = Cosine(a.Terms, b.Terms, statistics.TermRarity, common: null);

        // An article stored before leads were kept has none: its whole text stands in for it.
        var lead = a.Lead is { } leadA && b.Lead is { } leadB ? Cosine(leadA, leadB, statistics.TermRarity, common: null) : text;
        var sharesEvent = a.Events.Overlaps(b.Events);
        double? daysApart = a.PublishedAt is { } first && b.PublishedAt is { } second ? Math.Abs((first - second).TotalDays) : null;
        var features = new SimilarityScore(0, entities, text, lead, sharesEvent, daysApart, shared);
        return features with { Score = model.Probability(features) };
    }

    /// <summary>The cosine of two weighted vectors; the keys they share, with the product of their weights, go into <paramref name="common"/> when one is given.</summary>
    private static double Cosine<TKey>(IReadOnlyDictionary<TKey, int> a, IReadOnlyDictionary<TKey, int> b, Func<TKey, double> rarity, List<(TKey Key, double Product)>? common)
        where TKey : notnull
    {
        double Weight(TKey key, int count) => (1 + Math.Log(count)) * rarity(key);
        double normA = 0, normB = 0, dot = 0;
        foreach (var (key, count) in a)
        {
            var weight = Weight(key, count);
            normA += weight * weight;
            if (b.TryGetValue(key, out var other))
            {
                var product = weight * Weight(key, other);
                common?.Add((key, product));
                dot += product;
            }
        }

        foreach (var (key, count) in b)
        {
            var weight = Weight(key, count);
            normB += weight * weight;
        }

        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }
}
