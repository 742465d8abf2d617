using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Entities;
using NewsReader.Search;
using NewsReader.Storage;
using NewsReader.Web.Rendering;

namespace NewsReader.Web.Pages;

public sealed class SearchModel(NewsReaderDbContext db, EntityNameIndex names) : PageModel
{
    private const int MaxQueryLength = 200;
    private const int MaxResults = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Only names of this kind: person, place, organization or event.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>Only articles from this outlet.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Outlet { get; set; }

    /// <summary>Only articles published on or after this day.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Only articles published on or before this day.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }


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

        EntityKind? kind = EntityKinds.FromExportName(Kind);

        // Names compare in normal form (case, accents and dots folded) and forgive small misspellings.
        Entities = (await EntitySearch.FindAsync(db, names, query, MaxResults, cancellationToken))
            .Where(e => kind is null || e.Kind == kind)
            .Select(e => new EntityResult(new EntityChip(e.Id, e.Name, e.Kind), e.ArticleCount, e.Match == NameMatch.Fuzzy))
            .ToList();

        // Articles by their words: SQLite FTS5, BM25 with titles weighted, a highlighted snippet.
        if (FullTextQuery.Parse(query) is { } words)
        {
            var filters = new ArticleFilters(
                string.IsNullOrWhiteSpace(Outlet) ? null : Outlet,
                From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            Articles = (await FullTextSearch.SearchAsync(db, words, filters, MaxResults, cancellationToken))
                .Select(a => new ArticleResult(a.Id, a.Title, a.Outlet, a.PublishedAt, a.Snippet))
                .ToList();
        }

        return Page();
    }

    public sealed record EntityResult(EntityChip Chip, int ArticleCount, bool IsMisspelling);

    /// <summary>An article found; its snippet marks matched words with <see cref="FullTextSearch.MarkStart"/> and <see cref="FullTextSearch.MarkEnd"/>.</summary>
    public sealed record ArticleResult(int Id, string Title, string? Outlet, DateTime? PublishedAt, string Snippet);
}
