using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Search;
using NewsReader.Storage;

namespace NewsReader.Web.Pages;

public sealed class SearchModel(NewsReaderDbContext db, EntityNameIndex names) : PageModel
{
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

    public SearchResults Results { get; private set; } = SearchResults.None;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Results = await SearchResults.FindAsync(db, names, new SearchRequest(Q, Kind, Outlet, From, To), cancellationToken);
}
