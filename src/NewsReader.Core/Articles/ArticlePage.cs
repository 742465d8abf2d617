using Microsoft.EntityFrameworkCore;
using NewsReader.Entities;
using NewsReader.Storage;
using NewsReader.Stories;

namespace NewsReader.Articles;

/// <summary>A headline the page listed as related, and the stored article with that headline, if one is.</summary>
public sealed record RelatedHeadlineLink(string Text, int? ArticleId);

/// <summary>
/// Everything the article page shows: the cleaned text cut at its names (each linking to its entity), the events it
/// reports listed apart, its story and the article it copies, the page's related headlines, and the most related
/// other articles with the reason.
/// </summary>
public sealed record ArticlePage(
    int Id,
    string Title,
    bool TitleDerived,
    string? Outlet,
    DateTime? PublishedAt,
    string Source,
    IReadOnlyList<IReadOnlyList<TextSegment>> Paragraphs,
    IReadOnlyDictionary<int, NamedEntity> Entities,
    IReadOnlyList<NamedEntity> Events,
    int? StoryId,
    string? StoryTitle,
    int? CopyOfId,
    IReadOnlyList<RelatedHeadlineLink> RelatedHeadlines,
    IReadOnlyList<RelatedArticle> Related)
{
    /// <summary>The page of article <paramref name="id"/>, or null when there is none.</summary>
    public static async Task<ArticlePage?> LoadAsync(NewsReaderDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => new
        {
            a.Title, a.TitleDerived, a.Outlet, a.PublishedAt, a.Source, a.Text, a.StoryId, StoryTitle = a.Story!.Title, a.CopyOfId,
            Headlines = a.RelatedHeadlines.OrderBy(h => h.Position).Select(h => h.Text).ToList(),
            Mentions = a.Mentions.Select(m => new { m.Start, m.End, m.EntityId, m.Entity!.Name, m.Entity.Kind }).ToList(),
        }).AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return null;
        }

        var entities = article.Mentions.DistinctBy(m => m.EntityId).ToDictionary(m => m.EntityId, m => new NamedEntity(m.EntityId, m.Name, m.Kind));

        // Names are linked where they stand; events contain names, so they are listed apart rather than nested.
        var paragraphs = MentionedText.Segment(article.Text, article.Mentions.Where(m => m.Kind != EntityKind.Event).Select(m => (m.Start, m.End, m.EntityId)));
        var events = entities.Values.Where(e => e.Kind == EntityKind.Event).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => !a.TitleDerived && article.Headlines.Contains(a.Title)).Select(a => new { a.Title, a.Id }).ToListAsync(cancellationToken);
        var headlines = article.Headlines.Select(h => new RelatedHeadlineLink(h, titles.FirstOrDefault(t => t.Title == h)?.Id)).ToList();
        var related = await RelatedArticles.FindAsync(db, id, cancellationToken);
        return new ArticlePage(id, article.Title, article.TitleDerived, article.Outlet, article.PublishedAt, article.Source, paragraphs, entities, events,
            article.StoryId, article.StoryTitle, article.CopyOfId, headlines, related);
    }
}
