using Microsoft.EntityFrameworkCore;
using NewsReader.Entities;
using NewsReader.Paging;
using NewsReader.Storage;
using NewsReader.Stories;

namespace NewsReader.Articles;

/// <summary>An article in a list: its headline, outlet, date and the entities it mentions most; whether it is new to the reader.</summary>
public sealed record ArticleSummary(int Id, string Title, bool TitleDerived, string? Outlet, DateTime? PublishedAt, IReadOnlyList<NamedEntity> Entities, bool IsNew = false);

/// <summary>
/// What a reader has seen: articles stored after <see cref="SeenUpTo"/> (ids grow as articles are stored) are new to
/// them; null on a first visit, when nothing is marked.
/// </summary>
public sealed record ReaderVisit(int? SeenUpTo, DateTime Now)
{
    public static ReaderVisit First(DateTime now) => new(null, now);
}

/// <summary>
/// What the home page shows: the latest stories, then a page of the articles, newest first; or a page of stories alone.
/// <see cref="NewArticles"/> counts the articles stored since the reader's last visit (up to
/// <see cref="NewCountedUpTo"/>), and <see cref="LatestId"/> is the newest article's id, what they have now seen.
/// </summary>
public sealed record FrontPage(ListPage<StorySummary> Stories, ListPage<ArticleSummary> Articles, int NewArticles = 0, int LatestId = 0)
{
    /// <summary>New articles are counted up to this many ("more than 1,000 new").</summary>
    public const int NewCountedUpTo = 1000;

    /// <summary>Articles on a page, newest first.</summary>
    public const int ArticlesShown = 50;

    /// <summary>Stories above the articles; with stories alone, as many as the story list shows.</summary>
    public const int StoriesShown = 5;

    public const int StoriesShownAlone = 50;

    /// <summary>An article's most-mentioned entities shown with it.</summary>
    public const int EntitiesPerArticle = 8;

    /// <summary>The home page showing page <paramref name="page"/> of the articles, or of the stories alone, for a reader on <paramref name="visit"/>.</summary>
    public static async Task<FrontPage> LoadAsync(NewsReaderDbContext db, bool storiesOnly, int? page, ReaderVisit visit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(visit);
        var latestId = await db.Articles.MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0;
        var seenUpTo = visit.SeenUpTo ?? latestId;
        // Off the primary key: the new articles are the ids past the last seen, counted no further than is shown.
        var newArticles = seenUpTo >= latestId ? 0
            : await db.Articles.Where(a => a.Id > seenUpTo).OrderBy(a => a.Id).Take(NewCountedUpTo + 1).CountAsync(cancellationToken);
        if (storiesOnly)
        {
            var all = await StoryViews.ListAsync(db, PageRequest.Of(page, StoriesShownAlone), visit.Now, cancellationToken);
            return new FrontPage(all, new ListPage<ArticleSummary>([], PageRequest.Of(1, ArticlesShown), 0), newArticles, latestId);
        }

        var stories = await StoryViews.ListAsync(db, PageRequest.Of(1, StoriesShown), visit.Now, cancellationToken);
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
            entities[a.Id].OrderByDescending(c => c.Count).ThenBy(c => c.Entity.Name, StringComparer.Ordinal).Take(EntitiesPerArticle).Select(c => c.Entity).ToList(),
            IsNew: a.Id > seenUpTo))
            .ToList()), newArticles, latestId);
    }

    private sealed record ArticleRow(int Id, string Title, bool TitleDerived, string? Outlet, DateTime? PublishedAt);
}
