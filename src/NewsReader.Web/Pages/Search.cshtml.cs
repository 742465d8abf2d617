using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Articles;
using NewsReader.Search;
using NewsReader.Storage;
using NewsReader.Web.Rendering;

namespace NewsReader.Web.Pages;

public sealed class SearchModel(NewsReaderDbContext db) : PageModel
{
    private const int MaxQueryLength = 200;
    private const int MaxResults = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<EntityResult> Entities { get; private set; } = [];

    public IReadOnlyList<ArticleResult> Articles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var query = Q?.Trim();
        if (string.IsNullOrEmpty(query))
        {
            return Page();
        }

        if (query.Length > MaxQueryLength)
        {
            Problem = $"Search for at most {MaxQueryLength} characters.";
            return Page();
        }

        // Names compare in normal form (case, accents and dots folded) and forgive small misspellings.
        Entities = (await EntitySearch.FindAsync(db, query, MaxResults, cancellationToken))
            .Select(e => new EntityResult(new EntityChip(e.Id, e.Name, e.Kind), e.ArticleCount, e.Match == NameMatch.Fuzzy))
            .ToList();

        var textPattern = LikePattern.Contains(query);
        var articles = await db.Articles.AsNoTracking()
            .Where(a => EF.Functions.Like(a.Title, textPattern, LikePattern.Escape.ToString()) || EF.Functions.Like(a.Text, textPattern, LikePattern.Escape.ToString()))
            .NewestFirst()
            .Take(MaxResults)
            .Select(a => new { a.Id, a.Title, a.Outlet, a.Text })
            .ToListAsync(cancellationToken);
        Articles = articles.Select(a => new ArticleResult(a.Id, a.Title, a.Outlet, Snippet(a.Text, query))).ToList();
        return Page();
    }

    private static string? Snippet(string text, string query)
    {
        var at = text.IndexOf(query, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : Sentences.Around(text, at, at + query.Length);
    }

    public sealed record EntityResult(EntityChip Chip, int ArticleCount, bool IsMisspelling);

    public sealed record ArticleResult(int Id, string Title, string? Outlet, string? Snippet);
}
