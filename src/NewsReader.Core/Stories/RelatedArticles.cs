using Microsoft.EntityFrameworkCore;
using NewsReader.Entities;
using NewsReader.Storage;

namespace NewsReader.Stories;

/// <summary>Another article related to one, how strongly, and why: the rarest entities they share.</summary>
public sealed record RelatedArticle(int Id, string Title, string? Outlet, DateTime? PublishedAt, double Score, bool SameStory, IReadOnlyList<NamedEntity> Shares);

/// <summary>
/// The articles most related to one, whether in its story or not, in rank order (<see cref="SimilarArticles"/>),
/// each with up to <see cref="Reasons"/> shared entities, rarest first, as the reason.
/// </summary>
public static class RelatedArticles
{
    public const int Shown = 5;

    public const int Reasons = 3;

    /// <summary>Below this score an article shares little more than famous names, and is not offered as related.</summary>
    public const double MinimumScore = 0.05;

    public static async Task<List<RelatedArticle>> FindAsync(NewsReaderDbContext db, int articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var scored = Ranked(await SimilarArticles.FindAsync(db, articleId, cancellationToken));
        if (scored.Count == 0)
        {
            return [];
        }

        var ids = scored.Select(s => s.ArticleId).ToList();
        var storyId = await db.Articles.Where(a => a.Id == articleId).Select(a => a.StoryId).SingleAsync(cancellationToken);
        var articles = await db.Articles.Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Title, a.Outlet, a.PublishedAt, a.StoryId })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var entityIds = scored.SelectMany(s => s.Similarity.SharedEntities.Take(Reasons)).Distinct().ToList();
        var entities = await db.Entities.Where(e => entityIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => new NamedEntity(e.Id, e.Name, e.Kind), cancellationToken);
        return scored.Select(s =>
        {
            var a = articles[s.ArticleId];
            return new RelatedArticle(a.Id, a.Title, a.Outlet, a.PublishedAt, s.Similarity.Score, storyId is not null && a.StoryId == storyId,
                s.Similarity.SharedEntities.Take(Reasons).Select(id => entities[id]).ToList());
        }).ToList();
    }

    /// <summary>The scored articles offered as related: those at or above <see cref="MinimumScore"/>, the best <see cref="Shown"/>.</summary>
    public static List<ScoredArticle> Ranked(IEnumerable<ScoredArticle> scored) =>
        scored.Where(s => s.Similarity.Score >= MinimumScore).Take(Shown).ToList();
}
