using Microsoft.EntityFrameworkCore;
using NewsReader.Entities;
using NewsReader.Storage;
using NewsReader.Stories;

namespace NewsReader.Articles;

/// <summary>An article in a list: its headline, outlet, date and the entities it mentions most.</summary>
public sealed record ArticleSummary(int Id, string Title, bool TitleDerived, string? Outlet, DateTime? PublishedAt, IReadOnlyList<NamedEntity> Entities);

/// <summary>What the home page shows: the latest stories, then the newest articles (or stories alone).</summary>
public sealed record FrontPage(IReadOnlyList<StorySummary> Stories, IReadOnlyList<ArticleSummary> Articles)
{
    /// <summary>Articles listed, newest first.</summary>
    public const int ArticlesShown = 50;

    /// <summary>Stories above the articles; with stories alone, as many as the story list shows.</summary>
    public const int StoriesShown = 5;

    public const int StoriesShownAlone = 50;

    /// <summary>An article's most-mentioned entities shown with it.</summary>
    public const int EntitiesPerArticle = 8;

    public static async Task<FrontPage> LoadAsync(NewsReaderDbContext db, bool storiesOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stories = await StoryViews.ListAsync(db, storiesOnly ? StoriesShownAlone : StoriesShown, cancellationToken);
        if (storiesOnly)
        {
            return new FrontPage(stories, []);
        }

        var articles = await db.Articles.AsNoTracking()
            .NewestFirst()
            .Take(ArticlesShown)
            .Select(a => new { a.Id, a.Title, a.TitleDerived, a.Outlet, a.PublishedAt })
            .ToListAsync(cancellationToken);
        var ids = articles.Select(a => a.Id).ToList();
        var entities = (await db.Mentions.AsNoTracking()
            .Where(m => ids.Contains(m.ArticleId))
            .GroupBy(m => new { m.ArticleId, m.EntityId, m.Entity!.Name, m.Entity.Kind })
            .Select(g => new { g.Key.ArticleId, Entity = new NamedEntity(g.Key.EntityId, g.Key.Name, g.Key.Kind), Count = g.Count() })
            .ToListAsync(cancellationToken))
            .ToLookup(x => x.ArticleId);
        return new FrontPage(stories, articles.Select(a => new ArticleSummary(a.Id, a.Title, a.TitleDerived, a.Outlet, a.PublishedAt,
            entities[a.Id].OrderByDescending(c => c.Count).ThenBy(c => c.Entity.Name, StringComparer.Ordinal).Take(EntitiesPerArticle).Select(c => c.Entity).ToList()))
            .ToList());
    }
}
