using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Articles;
using NewsReader.Entities;
using NewsReader.Storage;
using NewsReader.Stories;
using NewsReader.Web.Rendering;

namespace NewsReader.Web.Pages.Articles;

public sealed class DetailsModel(NewsReaderDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public string Title { get; private set; } = "";

    public string? Outlet { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public string Source { get; private set; } = "";

    public ArticleTextView Text { get; private set; } = new([], new Dictionary<int, EntityChip>());

    public IReadOnlyList<(string Text, int? ArticleId)> RelatedHeadlines { get; private set; } = [];

    public IReadOnlyList<EntityChip> Events { get; private set; } = [];

    public IReadOnlyList<RelatedArticle> Related { get; private set; } = [];

    public int? StoryId { get; private set; }

    public string? StoryTitle { get; private set; }

    public int? CopyOfId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == Id).Select(a => new
        {
            a.Title, a.Outlet, a.PublishedAt, a.Source, a.Text, a.StoryId, StoryTitle = a.Story!.Title, a.CopyOfId,
            Headlines = a.RelatedHeadlines.OrderBy(h => h.Position).Select(h => h.Text).ToList(),
            Mentions = a.Mentions.Select(m => new { m.Start, m.End, m.EntityId, m.Entity!.Name, m.Entity.Kind }).ToList(),
        }).AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        (Title, Outlet, PublishedAt, Source) = (article.Title, article.Outlet, article.PublishedAt, article.Source);
        (StoryId, StoryTitle, CopyOfId) = (article.StoryId, article.StoryTitle, article.CopyOfId);
        var entities = article.Mentions.DistinctBy(m => m.EntityId).ToDictionary(m => m.EntityId, m => new EntityChip(m.EntityId, m.Name, m.Kind));
        // Names are linked where they stand; events contain names, so they are listed apart rather than nested.
        Text = new ArticleTextView(MentionedText.Segment(article.Text, article.Mentions.Where(m => m.Kind != EntityKind.Event).Select(m => (m.Start, m.End, m.EntityId))), entities);
        Events = entities.Values.Where(e => e.Kind == EntityKind.Event).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => article.Headlines.Contains(a.Title)).Select(a => new { a.Title, a.Id }).ToListAsync(cancellationToken);
        RelatedHeadlines = article.Headlines.Select(h => (h, titles.FirstOrDefault(t => t.Title == h)?.Id)).ToList();
        Related = await RelatedArticles.FindAsync(db, Id, cancellationToken);
        return Page();
    }
}
