using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Articles;
using NewsReader.Storage;
using NewsReader.Web.Rendering;

namespace NewsReader.Web.Pages.Entities;

public sealed class DetailsModel(NewsReaderDbContext db) : PageModel
{
    private const int MaxArticles = 50;
    private const int SentencesPerArticle = 3;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public EntityChip Entity { get; private set; } = null!;

    public IReadOnlyList<MentioningArticle> Articles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var entity = await db.Entities.AsNoTracking().Where(e => e.Id == Id)
            .Select(e => new EntityChip(e.Id, e.Name, e.Kind)).SingleOrDefaultAsync(cancellationToken);
        if (entity is null)
        {
            return NotFound();
        }

        Entity = entity;
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.Mentions.Any(m => m.EntityId == Id))
            .OrderByDescending(a => a.PublishedAt ?? a.IngestedAt).ThenByDescending(a => a.Id)
            .Take(MaxArticles)
            .Select(a => new { a.Id, a.Title, a.Outlet, a.Text, Spans = a.Mentions.Where(m => m.EntityId == Id).OrderBy(m => m.Start).Select(m => new { m.Start, m.End }).ToList() })
            .ToListAsync(cancellationToken);
        Articles = articles.Select(a => new MentioningArticle(a.Id, a.Title, a.Outlet, a.Spans.Count,
            a.Spans.Select(s => Sentences.Around(a.Text, s.Start, s.End)).Distinct().Take(SentencesPerArticle).ToList())).ToList();
        return Page();
    }

    public sealed record MentioningArticle(int Id, string Title, string? Outlet, int MentionCount, IReadOnlyList<string> Sentences);
}
