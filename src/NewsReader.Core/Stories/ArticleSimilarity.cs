namespace NewsReader.Stories;

/// <summary>How alike two articles are, and the shared entities that say why, rarest first.</summary>
public sealed record SimilarityScore(double Score, double Entities, double Text, bool SharesEvent, double? DaysApart, IReadOnlyList<int> SharedEntities);

/// <summary>
/// Scores two articles as reports of the same event: the cosine of their entity vectors and of their content-term
/// vectors, each weighted by rarity (TF-IDF), a bonus for naming the same event, and a discount when both dates are
/// known and far apart. Sharing famous names is not enough: "Israel" and "Iran" are in most articles of the store
/// and weigh little; the words and the rarer names carry the decision.
/// </summary>
public static class ArticleSimilarity
{
    public const double EntityWeight = 0.45;
    public const double TextWeight = 0.55;
    public const double SharedEventBonus = 0.10;

    /// <summary>Reports dated this many days apart or fewer are of one moment: no discount.</summary>
    public const int SameMomentDays = 3;

    /// <summary>Within a week the likeness keeps <see cref="WithinWeekFactor"/> of its weight, within a month <see cref="WithinMonthFactor"/>, beyond it <see cref="BeyondMonthFactor"/>.</summary>
    public const double WithinWeekFactor = 0.8;

    public const double WithinMonthFactor = 0.5;

    public const double BeyondMonthFactor = 0.2;

    public static SimilarityScore Score(ArticleProfile a, ArticleProfile b, CorpusStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(statistics);
        var common = new List<(int Key, double Product)>();
        var entities = Cosine(a.Entities, b.Entities, statistics.EntityRarity, common);
        var shared = common.OrderByDescending(c => c.Product).Select(c => c.Key).ToList();
        var text = Cosine(a.Terms, b.Terms, statistics.TermRarity, common: null);
        var sharesEvent = a.Events.Overlaps(b.Events);
        var score = ((EntityWeight * entities) + (TextWeight * text) + (sharesEvent ? SharedEventBonus : 0)) * TimeFactor(a.PublishedAt, b.PublishedAt);
        double? daysApart = a.PublishedAt is { } first && b.PublishedAt is { } second ? Math.Abs((first - second).TotalDays) : null;
        return new SimilarityScore(score, entities, text, sharesEvent, daysApart, shared);
    }

    /// <summary>1 within three days (or when a date is unknown), falling to 0.2 beyond a month.</summary>
    public static double TimeFactor(DateTime? a, DateTime? b)
    {
        if (a is null || b is null)
        {
            return 1;
        }

        var days = Math.Abs((a.Value - b.Value).TotalDays);
        return days switch
        {
            <= SameMomentDays => 1,
            <= 7 => WithinWeekFactor,
            <= 30 => WithinMonthFactor,
            _ => BeyondMonthFactor,
        };
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
