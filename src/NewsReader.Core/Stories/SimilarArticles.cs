using Microsoft.EntityFrameworkCore;
using NewsReader.Entities;
using NewsReader.Storage;

namespace NewsReader.Stories;

/// <summary>A stored article scored against another, with its story.</summary>
public sealed record ScoredArticle(int ArticleId, int? StoryId, DateTime? PublishedAt, SimilarityScore Similarity);

/// <summary>
/// Finds the stored articles most like one article, on a bounded candidate set so the cost does not grow with the
/// store: the article's rarest entities (fewest articles) are looked up, the newest articles mentioning each are
/// taken, the ones sharing the most rare names are scored in full (<see cref="ArticleSimilarity"/>).
/// </summary>
public static class SimilarArticles
{
    /// <summary>How many of the article's rarest entities open the search.</summary>
    public const int RarestEntities = 8;

    /// <summary>How many of the newest articles mentioning each of them are taken.</summary>
    public const int NewestPerEntity = 100;

    /// <summary>How many candidates, those sharing the most rarity, are scored in full.</summary>
    public const int Scored = 40;

    public static async Task<List<ScoredArticle>> FindAsync(NewsReaderDbContext db, int articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var target = await ProfilesAsync(db, [articleId], cancellationToken);
        if (target.Count == 0)
        {
            return [];
        }

        var profile = target[0].Profile;
        var entityCounts = await db.Entities.Where(e => profile.Entities.Keys.Contains(e.Id))
            .Select(e => new { e.Id, e.ArticleCount }).ToDictionaryAsync(e => e.Id, e => e.ArticleCount, cancellationToken);
        // Names only this article carries find nothing; the rarest of the others find the articles it shares them with.
        var rarest = entityCounts.Where(e => e.Value >= 2).OrderBy(e => e.Value).ThenBy(e => e.Key).Take(RarestEntities).Select(e => e.Key).ToList();
        var candidateIds = new HashSet<int>();
        foreach (var entityId in rarest)
        {
            candidateIds.UnionWith(await db.Mentions.Where(m => m.EntityId == entityId && m.ArticleId != articleId)
                .OrderByDescending(m => m.ArticleId).Select(m => m.ArticleId).Distinct().Take(NewestPerEntity).ToListAsync(cancellationToken));
        }

        if (candidateIds.Count == 0)
        {
            return [];
        }

        var articleCount = await db.Articles.MaxAsync(a => a.Id, cancellationToken);
        double Rarity(int entityId) => Math.Log((articleCount + 1.0) / (entityCounts.GetValueOrDefault(entityId) + 1.0));

        // Pre-rank by the rarity of the names shared, then score the best in full.
        var shared = await db.Mentions.Where(m => candidateIds.Contains(m.ArticleId) && profile.Entities.Keys.Contains(m.EntityId))
            .Select(m => new { m.ArticleId, m.EntityId }).Distinct().ToListAsync(cancellationToken);
        var best = shared.GroupBy(s => s.ArticleId)
            .Select(g => (ArticleId: g.Key, Weight: g.Sum(s => Rarity(s.EntityId))))
            .OrderByDescending(c => c.Weight).ThenByDescending(c => c.ArticleId).Take(Scored).Select(c => c.ArticleId).ToList();
        var candidates = await ProfilesAsync(db, best, cancellationToken);

        var statistics = await StatisticsAsync(db, articleCount, candidates.Select(c => c.Profile).Append(profile), cancellationToken);
        return candidates
            .Select(c => new ScoredArticle(c.Profile.Id, c.StoryId, c.Profile.PublishedAt, ArticleSimilarity.Score(profile, c.Profile, statistics)))
            .OrderByDescending(c => c.Similarity.Score).ThenByDescending(c => c.ArticleId)
            .ToList();
    }

    /// <summary>The profiles of these articles, with their stories.</summary>
    public static async Task<List<(ArticleProfile Profile, int? StoryId)>> ProfilesAsync(NewsReaderDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var articles = await db.Articles.Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.PublishedAt, a.Terms, a.StoryId }).ToListAsync(cancellationToken);
        var mentions = (await db.Mentions.Where(m => ids.Contains(m.ArticleId)).Select(m => new { m.ArticleId, m.EntityId, m.Entity!.Kind }).ToListAsync(cancellationToken))
            .ToLookup(m => m.ArticleId);
        return articles.Select(a => (new ArticleProfile(
                a.Id,
                a.PublishedAt,
                mentions[a.Id].GroupBy(m => m.EntityId).ToDictionary(g => g.Key, g => g.Count()),
                mentions[a.Id].Where(m => m.Kind == EntityKind.Event).Select(m => m.EntityId).ToHashSet(),
                ContentTerms.Parse(a.Terms)), a.StoryId))
            .ToList();
    }

    private static async Task<CorpusStatistics> StatisticsAsync(NewsReaderDbContext db, int articleCount, IEnumerable<ArticleProfile> profiles, CancellationToken cancellationToken)
    {
        var all = profiles.ToList();
        var entityIds = all.SelectMany(p => p.Entities.Keys).Distinct().ToList();
        var terms = all.SelectMany(p => p.Terms.Keys).Distinct().ToList();
        var entityArticles = await db.Entities.Where(e => entityIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.ArticleCount, cancellationToken);
        var termArticles = await db.TermStatistics.Where(t => terms.Contains(t.Term)).ToDictionaryAsync(t => t.Term, t => t.Articles, StringComparer.Ordinal, cancellationToken);
        return new CorpusStatistics(articleCount, e => entityArticles.GetValueOrDefault(e), t => termArticles.GetValueOrDefault(t));
    }
}
