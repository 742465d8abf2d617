using Microsoft.EntityFrameworkCore;
using NewsReader.Articles;
using NewsReader.Storage;

namespace NewsReader.Stories;

/// <summary>
/// Files a newly stored article into a story, inside its ingest transaction: counts its entities and terms into the
/// store's statistics, scores it against a bounded set of similar articles (<see cref="SimilarArticles"/>), and joins
/// the story whose articles it is most like, when that likeness reaches <see cref="JoinThreshold"/>. A story's
/// likeness is the mean of its best and its average article score among the candidates, so one chance resemblance
/// to one article is not enough. Two articles that match and had no story start one, and articles still alone that
/// the new one matches join it (the store knew too little when they arrived). An article whose text is the
/// same as a candidate's (wire copy) is also marked as a copy of it.
/// </summary>
public static class StoryAssigner
{
    /// <summary>Tuned on ../shared/corpus/dev: B-cubed F1 is 0.974 from 0.27 to 0.33, 0.953 at 0.35 (docs/stories.md).</summary>
    public const double JoinThreshold = 0.31;

    /// <summary>Text cosine above which two articles are compared word for word as possible copies.</summary>
    public const double CopyTextSimilarity = 0.8;

    /// <summary>Share of five-word runs two texts must have in common to be one report.</summary>
    public const double CopyOverlap = 0.7;

    public static async Task AssignAsync(NewsReaderDbContext db, Article article, IReadOnlyDictionary<string, int> termCounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(termCounts);
        await CountAsync(db, article, termCounts, cancellationToken);

        var scored = await SimilarArticles.FindAsync(db, article.Id, cancellationToken);
        var best = scored
            .GroupBy(s => s.StoryId.HasValue ? (Story: s.StoryId, Article: 0) : (Story: null, Article: s.ArticleId))
            .Select(g => (First: g.First(), Likeness: (g.Max(s => s.Similarity.Score) + g.Average(s => s.Similarity.Score)) / 2))
            .Where(g => g.Likeness >= JoinThreshold)
            .OrderByDescending(g => g.Likeness)
            .Select(g => g.First)
            .FirstOrDefault();
        if (best is not null)
        {
            article.StoryId = best.StoryId ?? await StartStoryAsync(db, best.ArticleId, cancellationToken);

            // Articles still alone that this one matches join too: when they arrived, the store knew too little
            // to tell what was rare in them.
            var alone = scored.Where(s => s.StoryId is null && s.ArticleId != best.ArticleId && s.Similarity.Score >= JoinThreshold).Select(s => s.ArticleId).ToList();
            if (alone.Count > 0)
            {
                var ids = SqlLists.AsJson(alone);
                await db.Database.ExecuteSqlAsync(
                    $"UPDATE Articles SET StoryId = {article.StoryId} WHERE StoryId IS NULL AND Id IN (SELECT value FROM json_each({ids}))", cancellationToken);
            }
        }

        var copyCandidate = scored.FirstOrDefault(s => s.Similarity.Text >= CopyTextSimilarity);
        if (copyCandidate is not null)
        {
            var text = await db.Articles.Where(a => a.Id == copyCandidate.ArticleId).Select(a => new { a.Text, a.CopyOfId }).SingleAsync(cancellationToken);
            if (Copies.Overlap(article.Text, text.Text) >= CopyOverlap)
            {
                article.CopyOfId = text.CopyOfId ?? copyCandidate.ArticleId;
            }
        }

        // Written directly: SaveChanges would first scan everything the ingest tracks (the article's mentions, the
        // linked entities and their aliases) for changes, which costs more than the whole story search.
        if (article.StoryId is not null || article.CopyOfId is not null)
        {
            await db.Database.ExecuteSqlAsync(
                $"UPDATE Articles SET StoryId = {article.StoryId}, CopyOfId = {article.CopyOfId} WHERE Id = {article.Id}", cancellationToken);
            var entry = db.Entry(article);
            entry.Property(a => a.StoryId).OriginalValue = article.StoryId;
            entry.Property(a => a.CopyOfId).OriginalValue = article.CopyOfId;
        }
    }

    /// <summary>The article's entities and terms now count one more article.</summary>
    private static async Task CountAsync(NewsReaderDbContext db, Article article, IReadOnlyDictionary<string, int> termCounts, CancellationToken cancellationToken)
    {
        var entityIds = SqlLists.AsJson(article.Mentions.Select(m => m.EntityId).Distinct());
        await db.Database.ExecuteSqlAsync(
            $"UPDATE Entities SET ArticleCount = ArticleCount + 1 WHERE Id IN (SELECT value FROM json_each({entityIds}))", cancellationToken);

        // One statement for all terms: insert new ones at 1, add one to the others.
        const int Batch = 500;
        foreach (var chunk in termCounts.Keys.Order(StringComparer.Ordinal).Chunk(Batch))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"({{{i}}}, 1)"));
#pragma warning disable EF1002 // only parameter placeholders are interpolated; the terms go in as parameters
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO TermStatistics (Term, Articles) VALUES {values} ON CONFLICT(Term) DO UPDATE SET Articles = Articles + 1",
                chunk.Cast<object>().ToArray(), cancellationToken);
#pragma warning restore EF1002
        }
    }

    /// <summary>A story for the article and the earlier one it matches, titled and dated by the earlier one.</summary>
    private static async Task<int> StartStoryAsync(NewsReaderDbContext db, int firstArticleId, CancellationToken cancellationToken)
    {
        var storyId = (await db.Database.SqlQuery<int>($"""
            INSERT INTO Stories (Title, CreatedAt) SELECT Title, IngestedAt FROM Articles WHERE Id = {firstArticleId} RETURNING Id AS Value
            """).ToListAsync(cancellationToken)).Single();
        await db.Database.ExecuteSqlAsync($"UPDATE Articles SET StoryId = {storyId} WHERE Id = {firstArticleId}", cancellationToken);
        return storyId;
    }
}
