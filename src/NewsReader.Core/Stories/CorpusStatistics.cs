namespace NewsReader.Stories;

/// <summary>
/// How many articles the store holds, and in how many each entity and term occurs: the rarity (inverse document
/// frequency) that makes sharing "Rafah" count for more than sharing "Israel".
/// </summary>
public sealed class CorpusStatistics(int articleCount, Func<int, int> entityArticles, Func<string, int> termArticles)
{
    public int ArticleCount { get; } = articleCount;

    public double EntityRarity(int entityId) => Rarity(entityArticles(entityId));

    public double TermRarity(string term) => Rarity(termArticles(term));

    /// <summary>
    /// Articles the store is assumed to hold besides its own, so that while it is young (a handful of articles, all
    /// sharing "Iran") a name two of them share still reads as rarer than one all share. Tuned with the threshold.
    /// </summary>
    public const double PriorArticles = 10;

    /// <summary>The least a name or word weighs, however many articles share it: a name every article shares still counts a little.</summary>
    public const double RarityFloor = 0.05;

    /// <summary>Smoothed IDF, never below <see cref="RarityFloor"/>.</summary>
    private double Rarity(int articles) => Math.Max(RarityFloor, Math.Log((ArticleCount + 1.0 + PriorArticles) / (articles + 1.0)));
}
