using Microsoft.EntityFrameworkCore;
using NewsReader.Articles;
using NewsReader.Entities;
using NewsReader.Storage;
using NewsReader.Text;

namespace NewsReader.Stories;

/// <summary>A stored article scored against another, with its story.</summary>
public sealed record ScoredArticle(int ArticleId, int? StoryId, DateTime? PublishedAt, SimilarityScore Similarity);

/// <summary>
/// Finds the stored articles most like one article, on a bounded candidate set so the cost does not grow with the
/// store: the article's rarest entities (fewest articles) are looked up, the newest articles mentioning each are
/// taken, the ones found under the most rarity are scored in full (<see cref="ArticleSimilarity"/>).
/// </summary>
public static class SimilarArticles
{
    /// <summary>How many of the article's rarest entities open the search.</summary>
    public const int RarestEntities = 6;

    /// <summary>How many of the newest articles mentioning each of them are taken.</summary>
    public const int NewestPerEntity = 50;

    /// <summary>How many candidates, those found under the most rarity, are scored in full.</summary>
    public const int Scored = 20;

    /// <summary>The article's candidates scored by the trained <see cref="StoryModel"/>, most alike first.</summary>
    public static Task<List<ScoredArticle>> FindAsync(NewsReaderDbContext db, int articleId, CancellationToken cancellationToken) =>
        FindAsync(db, articleId, StoryModel.Trained, cancellationToken);

    public static async Task<List<ScoredArticle>> FindAsync(NewsReaderDbContext db, int articleId, StoryModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // A dozen small queries: one connection held for all of them, not one taken from the pool and returned for each.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await FindOnOpenConnectionAsync(db, articleId, model, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<ScoredArticle>> FindOnOpenConnectionAsync(NewsReaderDbContext db, int articleId, StoryModel model, CancellationToken cancellationToken)
    {
        var target = await ProfilesAsync(db, [articleId], cancellationToken);
        if (target.Count == 0)
        {
            return [];
        }

        var profile = target[0].Profile;
        var entityCounts = await EntityCountsAsync(db, profile.Entities.Keys, cancellationToken);
        var articleCount = await db.Articles.MaxAsync(a => a.Id, cancellationToken);
        double Rarity(int entityId) => Math.Log((articleCount + 1.0) / (entityCounts.GetValueOrDefault(entityId) + 1.0));

        // Names only this article carries find nothing; the rarest of the others find the articles it shares them
        // with, and a candidate found under several of them weighs their rarities together: the pre-rank that picks
        // which are scored in full, read from the lists already fetched rather than from more index probes.
        var rarest = entityCounts.Where(e => e.Value >= 2).OrderBy(e => e.Value).ThenBy(e => e.Key).Take(RarestEntities).Select(e => e.Key).ToList();
        var weights = new Dictionary<int, double>();
        foreach (var entityId in rarest)
        {
            var rarity = Rarity(entityId);
            foreach (var id in await db.Database.SqlQuery<int>($"""
                SELECT DISTINCT ArticleId AS Value FROM Mentions
                WHERE EntityId = {entityId} AND ArticleId <> {articleId}
                ORDER BY ArticleId DESC LIMIT {NewestPerEntity}
                """).ToListAsync(cancellationToken))
            {
                weights[id] = weights.GetValueOrDefault(id) + rarity;
            }
        }

        if (weights.Count == 0)
        {
            return [];
        }

        var best = weights.OrderByDescending(c => c.Value).ThenByDescending(c => c.Key).Take(Scored).Select(c => c.Key).ToList();
        var candidates = await ProfilesAsync(db, best, cancellationToken);

        var statistics = await StatisticsAsync(db, articleCount, entityCounts, candidates.Select(c => c.Profile).Append(profile), cancellationToken);
        return candidates
            .Select(c => new ScoredArticle(c.Profile.Id, c.StoryId, c.Profile.PublishedAt, ArticleSimilarity.Score(profile, c.Profile, statistics, model)))
            .OrderByDescending(c => c.Similarity.Score).ThenByDescending(c => c.ArticleId)
            .ToList();
    }

    /// <summary>
    /// Every pair of these articles scored as filing scores an article against its candidates, under the store's
    /// statistics now: the likeness of <c>(a, b)</c>, with <c>a</c> the smaller id.
    /// </summary>
    public static async Task<Dictionary<(int, int), double>> PairwiseAsync(NewsReaderDbContext db, IReadOnlyCollection<int> articleIds, StoryModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(model);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var profiles = (await ProfilesAsync(db, articleIds, cancellationToken)).Select(p => p.Profile).OrderBy(p => p.Id).ToList();
            var articleCount = await db.Articles.MaxAsync(a => a.Id, cancellationToken);
            var statistics = await StatisticsAsync(db, articleCount, [], profiles, cancellationToken);
            var likeness = new Dictionary<(int, int), double>();
            for (var i = 0; i < profiles.Count; i++)
            {
                for (var j = i + 1; j < profiles.Count; j++)
                {
                    likeness[(profiles[i].Id, profiles[j].Id)] = ArticleSimilarity.Score(profiles[i], profiles[j], statistics, model).Score;
                }
            }

            return likeness;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The profiles of these articles, with their stories.</summary>
    private static async Task<List<(ArticleProfile Profile, int? StoryId)>> ProfilesAsync(NewsReaderDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var json = SqlLists.AsJson(ids);
        var articles = await db.Database.SqlQuery<ArticleRow>($"""
            SELECT a.Id, a.PublishedAt, a.Terms, l.Terms AS LeadTerms, a.StoryId FROM Articles AS a LEFT JOIN ArticleLeads AS l ON l.ArticleId = a.Id
            WHERE a.Id IN (SELECT value FROM json_each({json}))
            """).ToListAsync(cancellationToken);
        // Counted in SQLite: a long article names its main actors dozens of times, and each row read costs more than a
        // count. Only an article's first ProfiledCharacters count, so a huge candidate costs what a long one does.
        var entities = (await db.Database.SqlQuery<EntityCountRow>($"""
            SELECT m.ArticleId, m.EntityId, COUNT(*) AS Mentions, e.Kind FROM Mentions AS m JOIN Entities AS e ON e.Id = m.EntityId
            WHERE m.ArticleId IN (SELECT value FROM json_each({json})) AND m.Start < {ArticleLimits.ProfiledCharacters}
            GROUP BY m.ArticleId, m.EntityId
            """).ToListAsync(cancellationToken)).ToLookup(m => m.ArticleId);
        return articles.Select(a => (new ArticleProfile(
                a.Id,
                a.PublishedAt,
                entities[a.Id].ToDictionary(m => m.EntityId, m => m.Mentions),
                entities[a.Id].Where(m => m.Kind == nameof(EntityKind.Event)).Select(m => m.EntityId).ToHashSet(),
                ContentTerms.Parse(a.Terms),
                a.LeadTerms is null ? null : ContentTerms.Parse(a.LeadTerms)), a.StoryId))
            .ToList();
    }

    /// <summary>The store's counts for every entity and term of these profiles; the entities already counted are not read again.</summary>
    private static async Task<CorpusStatistics> StatisticsAsync(
        NewsReaderDbContext db, int articleCount, Dictionary<int, int> entityCounts, IEnumerable<ArticleProfile> profiles, CancellationToken cancellationToken)
    {
        var all = profiles.ToList();
        var entityArticles = await EntityCountsAsync(db, all.SelectMany(p => p.Entities.Keys).Distinct().Where(e => !entityCounts.ContainsKey(e)), cancellationToken);
        foreach (var (id, count) in entityCounts)
        {
            entityArticles[id] = count;
        }

        var terms = SqlLists.AsJson(all.SelectMany(p => p.Terms.Keys.Concat(p.Lead?.Keys ?? [])).Distinct());
        var termArticles = await db.Database.SqlQuery<TermRow>($"""
            SELECT Term, Articles FROM TermStatistics WHERE Term IN (SELECT value FROM json_each({terms}))
            """).ToDictionaryAsync(t => t.Term, t => t.Articles, StringComparer.Ordinal, cancellationToken);
        return new CorpusStatistics(articleCount, e => entityArticles.GetValueOrDefault(e), t => termArticles.GetValueOrDefault(t));
    }

    private static async Task<Dictionary<int, int>> EntityCountsAsync(NewsReaderDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<CountRow>($"""
            SELECT Id, ArticleCount FROM Entities WHERE Id IN (SELECT value FROM json_each({SqlLists.AsJson(ids)}))
            """).ToDictionaryAsync(e => e.Id, e => e.ArticleCount, cancellationToken);

    private sealed class ArticleRow
    {
        public int Id { get; set; }

        public DateTime? PublishedAt { get; set; }

        public string Terms { get; set; } = "";

        public string? LeadTerms { get; set; }

        public int? StoryId { get; set; }
    }

    private sealed class EntityCountRow
    {
        public int ArticleId { get; set; }

        public int EntityId { get; set; }

        public int Mentions { get; set; }

        public string Kind { get; set; } = "";
    }

    private sealed class CountRow
    {
        public int Id { get; set; }

        public int ArticleCount { get; set; }
    }

    private sealed class TermRow
    {
        public string Term { get; set; } = "";

        public int Articles { get; set; }
    }
}
