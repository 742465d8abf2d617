using Microsoft.EntityFrameworkCore;
using NewsReader.Entities;
using NewsReader.Paging;
using NewsReader.Storage;
using NewsReader.Stories;

namespace NewsReader.Articles;

/// <summary>An article in a list: its headline, outlet, date and the entities it mentions most.</summary>
public sealed record ArticleSummary(int Id, string Title, bool TitleDerived, string? Outlet, DateTime? PublishedAt, IReadOnlyList<NamedEntity> Entities);

/// <summary>
/// What the home page shows: the latest stories, then a page of the articles, newest first; or a page of stories alone.
/// </summary>
public sealed record FrontPage(ListPage<StorySummary> Stories, ListPage<ArticleSummary> Articles)
{
    /// <summary>Articles on a page, newest first.</summary>
    public const int ArticlesShown = 50;

    /// <summary>Stories above the articles; with stories alone, as many as the story list shows.</summary>
    public const int StoriesShown = 5;

    public const int StoriesShownAlone = 50;

    /// <summary>An article's most-mentioned entities shown with it.</summary>
    public const int EntitiesPerArticle = 8;

    /// <summary>The home page showing page <paramref name="page"/> of the articles, or of the stories alone.</summary>
    public static async Task<FrontPage> LoadAsync(NewsReaderDbContext db, bool storiesOnly, int? page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (storiesOnly)
        {
            var all = await StoryViews.ListAsync(db, PageRequest.Of(page, StoriesShownAlone), cancellationToken);
            return new FrontPage(all, new ListPage<ArticleSummary>([], PageRequest.Of(1, ArticlesShown), 0));
        }

        var stories = await StoryViews.ListAsync(db, PageRequest.Of(1, StoriesShown), cancellationToken);
        var rows = await db.Articles.AsNoTracking().NewestFirst()
            .Select(a => new ArticleRow(a.Id, a.Title, a.TitleDerived, a.Outlet, a.PublishedAt))
            .ToListPageAsync(PageRequest.Of(page, ArticlesShown), cancellationToken);
        var articles = rows.Items;
        var ids = articles.Select(a => a.Id).ToList();
        var entities = (await db.Mentions.AsNoTracking()
            .Where(m => ids.Contains(m.ArticleId))
            .GroupBy(m => new { m.ArticleId, m.EntityId, m.Entity!.Name, m.Entity.Kind })
            .Select(g => new { g.Key.ArticleId, Entity = new NamedEntity(g.Key.EntityId, g.Key.Name, g.Key.Kind), Count = g.Count() })
            .ToListAsync(cancellationToken))
            .ToLookup(x => x.ArticleId);
        return new FrontPage(stories, rows.With<ArticleSummary>(articles.Select(a => new ArticleSummary(a.Id, a.Title, a.TitleDerived, a.Outlet, a.PublishedAt,
            entities[a.Id].OrderByDescending(c => c.Count).ThenBy(c => c.Entity.Name, StringComparer.Ordinal).Take(EntitiesPerArticle).Select(c => c.Entity).ToList()))
            .ToList()));
    }

    private sealed record ArticleRow(int Id, string Title, bool TitleDerived, string? Outlet, DateTime? PublishedAt);
}
