using Microsoft.EntityFrameworkCore;
using NewsReader.Storage;

namespace NewsReader.Stories;

/// <summary>
/// Files a newly stored article into a story, inside its ingest transaction: counts its entities and terms into the
/// store's statistics, scores it against a bounded set of similar articles (<see cref="SimilarArticles"/>), and joins
/// the story whose articles it is most like, when the likeness reaches the <see cref="StoryModel"/>'s threshold. Two
/// articles' likeness is the model's probability that they report one event; a story's is the mean of its best and
/// its average article likeness among the candidates, so one chance resemblance to one article is not enough. Two
/// articles that match and had no story start one, articles still alone that the new one matches join it (the store
/// knew too little when they arrived), and other stories the new article also reaches the stricter merge threshold
/// with merge into the one it joins: a report that bridges two stories shows they were one event told from two sides. An article
/// whose text is the same as a candidate's (wire copy) is also marked as a copy of it. Each filing keeps its reason
/// for the story page: the article it was filed with and the likeness (<see cref="ArticleFiling"/>). The story it
/// joins is then re-checked under what the store knows now, and may split (<see cref="StoryCohesion"/>).
/// </summary>
public static class StoryAssigner
{
    /// <summary>Text cosine above which two articles are compared word for word as possible copies.</summary>
    public const double CopyTextSimilarity = 0.8;

    /// <summary>Share of five-word runs two texts must have in common to be one report.</summary>
    public const double CopyOverlap = 0.7;

    /// <summary>
    /// Files the stored article <paramref name="article"/> (its mentions' entities counted, its terms
    /// <paramref name="termCounts"/>) and writes where it went. Every write is a set-based statement on rows EF does not
    /// track, so nothing here depends on, or has to patch, what the ingest's change tracker holds.
    /// </summary>
    public static async Task<StoryFiling> AssignAsync(
        NewsReaderDbContext db, FiledArticle article, IReadOnlyDictionary<string, int> termCounts, StoryModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(termCounts);
        ArgumentNullException.ThrowIfNull(model);
        await CountAsync(db, article.EntityIds, termCounts, cancellationToken);

        var scored = await SimilarArticles.FindAsync(db, article.Id, model, cancellationToken);
        var joinable = scored
            .GroupBy(s => s.StoryId.HasValue ? (Story: s.StoryId, Article: 0) : (Story: null, Article: s.ArticleId))
            .Select(g => (First: g.First(), Likeness: Likeness(g)))
            .Where(g => g.Likeness >= model.JoinThreshold)
            .OrderByDescending(g => g.Likeness)
            .ToList();
        var (best, likeness) = joinable.FirstOrDefault();
        int? storyId = null;
        if (best is not null)
        {
            storyId = best.StoryId ?? await StartStoryAsync(db, best.ArticleId, article.Id, likeness, cancellationToken);

            // Articles still alone that this one matches join too: when they arrived, the store knew too little
            // to tell what was rare in them. Each is filed with this article, at its own likeness to it.
            var alone = scored.Where(s => s.StoryId is null && s.ArticleId != best.ArticleId && s.Similarity.Score >= model.JoinThreshold).ToList();
            if (alone.Count > 0)
            {
                var ids = alone.Select(s => s.ArticleId).ToList();
                await db.Articles.Where(a => a.StoryId == null && ids.Contains(a.Id))
                    .ExecuteUpdateAsync(u => u.SetProperty(a => a.StoryId, storyId), cancellationToken);
                foreach (var joined in alone)
                {
                    await KeepReasonAsync(db, joined.ArticleId, article.Id, joined.Similarity.Score, cancellationToken);
                }
            }

            // Other stories this article also belongs to were one event all along: they merge into this one.
            // A merge undoes two filings, so it asks for more likeness than joining does.
            var others = joinable.Skip(1).Where(g => g.Likeness >= model.MergeThreshold && g.First.StoryId is int other && other != storyId)
                .Select(g => g.First.StoryId!.Value).ToList();
            if (others.Count > 0)
            {
                await db.Articles.Where(a => a.StoryId != null && others.Contains(a.StoryId.Value))
                    .ExecuteUpdateAsync(u => u.SetProperty(a => a.StoryId, storyId), cancellationToken);
                await db.Stories.Where(st => others.Contains(st.Id)).ExecuteDeleteAsync(cancellationToken);
            }
        }

        int? copyOfId = null;
        var copyCandidate = scored.FirstOrDefault(s => s.Similarity.Text >= CopyTextSimilarity);
        if (copyCandidate is not null)
        {
            var text = await db.Articles.AsNoTracking().Where(a => a.Id == copyCandidate.ArticleId).Select(a => new { a.Text, a.CopyOfId }).SingleAsync(cancellationToken);
            if (Copies.Overlap(article.Text, text.Text) >= CopyOverlap)
            {
                copyOfId = text.CopyOfId ?? copyCandidate.ArticleId;
            }
        }

        if (storyId is not null || copyOfId is not null)
        {
            await db.Articles.Where(a => a.Id == article.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.StoryId, storyId).SetProperty(a => a.CopyOfId, copyOfId), cancellationToken);
        }

        if (storyId is not null)
        {
            await KeepReasonAsync(db, article.Id, best!.ArticleId, likeness, cancellationToken);
        }

        if (storyId is int filedIn)
        {
            // The story grew: what the store knows now may no longer hold all of it together.
            foreach (var started in await StoryCohesion.RecheckAsync(db, filedIn, model, cancellationToken))
            {
                await RefreshSummaryAsync(db, started, cancellationToken);
            }

            await RefreshSummaryAsync(db, filedIn, cancellationToken);
            storyId = await db.Articles.Where(a => a.Id == article.Id).Select(a => a.StoryId).SingleAsync(cancellationToken);
        }

        return new StoryFiling(storyId, copyOfId);
    }

    /// <summary>How like a story the new article is: the mean of its best and its average likeness to the story's candidates.</summary>
    private static double Likeness(IEnumerable<ScoredArticle> candidates)
    {
        var scores = candidates.Select(s => s.Similarity.Score).ToList();
        return (scores.Max() + scores.Average()) / 2;
    }

    /// <summary>The article's entities and terms now count one more article.</summary>
    private static async Task CountAsync(NewsReaderDbContext db, IReadOnlyCollection<int> entityIds, IReadOnlyDictionary<string, int> termCounts, CancellationToken cancellationToken)
    {
        await db.Entities.Where(e => entityIds.Contains(e.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.ArticleCount, e => e.ArticleCount + 1), cancellationToken);

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

    /// <summary>The story's count, latest publication time and last article, from its articles (through the StoryId index).</summary>
    internal static Task<int> RefreshSummaryAsync(NewsReaderDbContext db, int storyId, CancellationToken cancellationToken) =>
        db.Stories.Where(s => s.Id == storyId).ExecuteUpdateAsync(
            u => u.SetProperty(s => s.ArticleCount, s => s.Articles.Count())
                .SetProperty(s => s.LatestPublishedAt, s => s.Articles.Max(a => a.PublishedAt))
                .SetProperty(s => s.LastArticleId, s => s.Articles.Max(a => a.Id)),
            cancellationToken);

    /// <summary>
    /// A story for the article and the earlier one it matches, titled and dated by the earlier one, which is filed
    /// with the new article (<paramref name="newArticleId"/>) at their <paramref name="likeness"/>.
    /// </summary>
    private static async Task<int> StartStoryAsync(NewsReaderDbContext db, int firstArticleId, int newArticleId, double likeness, CancellationToken cancellationToken)
    {
        var storyId = await NewStoryTitledByAsync(db, firstArticleId, cancellationToken);
        await db.Articles.Where(a => a.Id == firstArticleId).ExecuteUpdateAsync(u => u.SetProperty(a => a.StoryId, storyId), cancellationToken);
        await KeepReasonAsync(db, firstArticleId, newArticleId, likeness, cancellationToken);
        return storyId;
    }

    /// <summary>A new, empty story titled and dated by article <paramref name="articleId"/> (nothing is filed in it yet): its id.</summary>
    internal static async Task<int> NewStoryTitledByAsync(NewsReaderDbContext db, int articleId, CancellationToken cancellationToken)
    {
        var first = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => new { a.Title, a.IngestedAt }).SingleAsync(cancellationToken);
        var story = db.Stories.Add(new Story { Title = first.Title, CreatedAt = first.IngestedAt }).Entity;
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(story).State = EntityState.Detached;
        return story.Id;
    }

    /// <summary>Keeps why <paramref name="articleId"/> was filed: with <paramref name="withArticleId"/>, at <paramref name="likeness"/>.</summary>
    internal static Task<int> KeepReasonAsync(NewsReaderDbContext db, int articleId, int withArticleId, double likeness, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"INSERT INTO ArticleFilings (ArticleId, WithArticleId, Likeness) VALUES ({articleId}, {withArticleId}, {likeness}) ON CONFLICT(ArticleId) DO UPDATE SET WithArticleId = excluded.WithArticleId, Likeness = excluded.Likeness",
            cancellationToken);
}

/// <summary>What story filing reads of an article just stored: its id, its text and the entities it mentions.</summary>
public sealed record FiledArticle(int Id, string Text, IReadOnlyCollection<int> EntityIds);

/// <summary>Where an article was filed: its story, and the earlier article it copies, if any.</summary>
public sealed record StoryFiling(int? StoryId, int? CopyOfId);
