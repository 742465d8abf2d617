using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Articles;
using NewsReader.Storage;
using NewsReader.Stories;
using NewsReader.Web.Rendering;
using NewsReader.Web.Startup;

namespace NewsReader.Web.Pages;

public sealed class IndexModel(NewsReaderDbContext db, SeedingProgress seeding) : PageModel
{
    private const int PageSize = 50;
    private const int ChipsPerArticle = 8;

    private const int StoriesShown = 5;

    public IReadOnlyList<ArticleSummary> Articles { get; private set; } = [];

    /// <summary>The latest stories, shown above the articles (or alone with ?view=stories).</summary>
    public IReadOnlyList<StorySummary> Stories { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    public bool StoriesOnly => string.Equals(View, "stories", StringComparison.OrdinalIgnoreCase);

    /// <summary>The seed articles are still being added on a first start.</summary>
    public bool Seeding => seeding.IsRunning;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Stories = await StoryViews.ListAsync(db, StoriesOnly ? 50 : StoriesShown, cancellationToken);
        if (StoriesOnly)
        {
            return;
        }

        var articles = await db.Articles.AsNoTracking()
            .NewestFirst()
            .Take(PageSize)
            .Select(a => new { a.Id, a.Title, a.Outlet, a.PublishedAt })
            .ToListAsync(cancellationToken);
        var ids = articles.Select(a => a.Id).ToList();
        var chips = (await db.Mentions.AsNoTracking()
            .Where(m => ids.Contains(m.ArticleId))
            .GroupBy(m => new { m.ArticleId, m.EntityId, m.Entity!.Name, m.Entity.Kind })
            .Select(g => new { g.Key.ArticleId, Chip = new EntityChip(g.Key.EntityId, g.Key.Name, g.Key.Kind), Count = g.Count() })
            .ToListAsync(cancellationToken))
            .ToLookup(x => x.ArticleId);
        Articles = articles.Select(a => new ArticleSummary(a.Id, a.Title, a.Outlet, a.PublishedAt,
            chips[a.Id].OrderByDescending(c => c.Count).ThenBy(c => c.Chip.Name, StringComparer.Ordinal).Take(ChipsPerArticle).Select(c => c.Chip).ToList()))
            .ToList();
    }

    public sealed record ArticleSummary(int Id, string Title, string? Outlet, DateTime? PublishedAt, IReadOnlyList<EntityChip> Entities);
}
