using Microsoft.EntityFrameworkCore;
using NewsReader.Entities;
using NewsReader.Paging;
using NewsReader.Storage;

namespace NewsReader.Stories;

/// <summary>
/// A story in a list: its title, how many articles and outlets report it, when it was last reported, and how many of
/// its articles arrived in the last day (it grew).
/// </summary>
public sealed record StorySummary(int Id, string Title, int Articles, IReadOnlyList<string> Outlets, DateTime? Latest, int AddedLastDay = 0);

/// <summary>An article of a story, with whether it copies another.</summary>
public sealed record StoryArticle(int Id, string Title, bool TitleDerived, string? Outlet, DateTime? PublishedAt, int? CopyOfId);

/// <summary>Why an article is in its story: the article of the story it reads like, their likeness, and the rarest names both give.</summary>
public sealed record FilingReason(StoryArticle With, double Likeness, IReadOnlyList<NamedEntity> SharedNames);

/// <summary>An entity the story's articles share, and in how many of them it is.</summary>
public sealed record StoryEntity(int Id, string Name, EntityKind Kind, int Articles);

/// <summary>
/// Everything the story page shows: its articles by time (the undated after), the entities they share, and the
/// timeline's facts: how many outlets, the span of publication dates, the first report, and each report's copies.
/// </summary>
public sealed record StoryProfile(int Id, string Title, IReadOnlyList<StoryArticle> Articles, IReadOnlyList<StoryEntity> SharedEntities)
{
    /// <summary>Why each article is in the story, by article id (articles filed before reasons were kept have none).</summary>
    public IReadOnlyDictionary<int, FilingReason> Reasons { get; init; } = new Dictionary<int, FilingReason>();

    /// <summary>The reports in their own right: every article that does not copy another one of the story.</summary>
    public IReadOnlyList<StoryArticle> Originals => Articles.Where(a => !IsCopyInStory(a)).ToList();

    /// <summary>How many outlets report it (articles of no known outlet not counted).</summary>
    public int OutletCount => Articles.Select(a => a.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count();

    /// <summary>The first and last publication times of its dated articles, or null when none is dated.</summary>
    public (DateTime First, DateTime Last)? Span =>
        Articles.Where(a => a.PublishedAt is not null).Select(a => a.PublishedAt!.Value).ToList() is { Count: > 0 } dated ? (dated.Min(), dated.Max()) : null;

    /// <summary>The earliest dated report, or null when none is dated.</summary>
    public int? FirstReportId => Articles.FirstOrDefault(a => a.PublishedAt is not null && !IsCopyInStory(a))?.Id;

    /// <summary>The articles of the story that carry <paramref name="original"/>'s report.</summary>
    public IReadOnlyList<StoryArticle> CopiesOf(StoryArticle original) => Articles.Where(a => a.CopyOfId == original?.Id).ToList();

    private bool IsCopyInStory(StoryArticle article) => article.CopyOfId is int of && Articles.Any(a => a.Id == of);
}

/// <summary>The read side of stories, for the story list, the story page and the home page.</summary>
public static class StoryViews
{
    /// <summary>The most names a filing reason gives.</summary>
    public const int MaxReasonNames = 3;

    /// <summary>
    /// A page of the stories, most recently reported first: by their latest article's publication date, the stories
    /// none of whose articles is dated after the dated ones, and among equals the one that last gained an article first;
    /// each with the articles it gained in the day before <paramref name="now"/>.
    /// </summary>
    public static async Task<ListPage<StorySummary>> ListAsync(NewsReaderDbContext db, PageRequest page, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Stories.AsNoTracking()
            .OrderByDescending(s => s.LatestPublishedAt).ThenByDescending(s => s.LastArticleId)
            .Select(s => new { s.Id, s.Title, Articles = s.ArticleCount, Latest = s.LatestPublishedAt })
            .ToListPageAsync(page, cancellationToken);
        var stories = rows.Items;
        var ids = stories.Select(s => s.Id).ToList();
        var outlets = (await db.Articles.AsNoTracking().Where(a => a.StoryId != null && ids.Contains(a.StoryId.Value) && a.Outlet != null)
            .Select(a => new { StoryId = a.StoryId!.Value, Outlet = a.Outlet! }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(a => a.StoryId, a => a.Outlet);
        var dayBefore = now.AddDays(-1);
        var grew = await db.Articles.AsNoTracking().Where(a => a.StoryId != null && ids.Contains(a.StoryId.Value) && a.IngestedAt > dayBefore)
            .GroupBy(a => a.StoryId!.Value).Select(g => new { StoryId = g.Key, Added = g.Count() })
            .ToDictionaryAsync(g => g.StoryId, g => g.Added, cancellationToken);
        return rows.With<StorySummary>(stories.Select(s => new StorySummary(
            s.Id, s.Title, s.Articles, outlets[s.Id].Order(StringComparer.Ordinal).ToList(), s.Latest, grew.GetValueOrDefault(s.Id))).ToList());
    }

    /// <summary>The story, or null when there is none with this id.</summary>
    public static async Task<StoryProfile?> LoadAsync(NewsReaderDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var story = await db.Stories.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Id, s.Title }).SingleOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return null;
        }

        var articles = await db.Articles.AsNoTracking().Where(a => a.StoryId == id)
            .OrderBy(a => a.PublishedAt == null).ThenBy(a => a.PublishedAt).ThenBy(a => a.Id)
            .Select(a => new StoryArticle(a.Id, a.Title, a.TitleDerived, a.Outlet, a.PublishedAt, a.CopyOfId))
            .ToListAsync(cancellationToken);
        var filings = await db.ArticleFilings.AsNoTracking().Where(f => f.Article!.StoryId == id).ToDictionaryAsync(f => f.ArticleId, cancellationToken);
        var shared = await db.Mentions.AsNoTracking().Where(m => m.Article!.StoryId == id)
            .Select(m => new { m.EntityId, m.Entity!.Name, m.Entity.Kind, m.Entity.ArticleCount, m.ArticleId })
            .Distinct()
            .ToListAsync(cancellationToken);
        var entities = shared.GroupBy(m => (m.EntityId, m.Name, m.Kind))
            .Where(g => g.Count() >= 2)
            .Select(g => new StoryEntity(g.Key.EntityId, g.Key.Name, g.Key.Kind, g.Count()))
            .OrderByDescending(e => e.Articles).ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();

        // Each filing's reason: the names both articles give, the rarest in the store first (what tells the event apart).
        var namesOf = shared.ToLookup(m => m.ArticleId);
        var byId = articles.ToDictionary(a => a.Id);
        var reasons = new Dictionary<int, FilingReason>();
        foreach (var article in articles)
        {
            if (filings.TryGetValue(article.Id, out var filing) && byId.TryGetValue(filing.WithArticleId, out var with))
            {
                var theirs = namesOf[with.Id].Select(m => m.EntityId).ToHashSet();
                var both = namesOf[article.Id].Where(m => theirs.Contains(m.EntityId)).DistinctBy(m => m.EntityId)
                    .OrderBy(m => m.ArticleCount).ThenBy(m => m.Name, StringComparer.Ordinal).Take(MaxReasonNames)
                    .Select(m => new NamedEntity(m.EntityId, m.Name, m.Kind)).ToList();
                reasons[article.Id] = new FilingReason(with, filing.Likeness, both);
            }
        }

        return new StoryProfile(story.Id, story.Title, articles, entities) { Reasons = reasons };
    }
}
