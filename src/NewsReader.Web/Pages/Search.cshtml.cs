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

    /// <summary>Only articles published on or after this day, as typed (<see cref="DayInput"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>Only articles published on or before this day, as typed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>"newest" for newest first; relevance otherwise.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public SearchOrder Order => string.Equals(Sort, "newest", StringComparison.OrdinalIgnoreCase) ? SearchOrder.Newest : SearchOrder.Relevance;

    public SearchResults Results { get; private set; } = SearchResults.None;

    /// <summary>The filters' days as read, to show back in the printed form.</summary>
    public DateOnly? FromDay { get; private set; }

    public DateOnly? ToDay { get; private set; }

    public Rendering.Pager ArticlePager => Rendering.Pager.Of(Results.FoundArticles.Page, "ranked articles", n => PageHref(n, Order));

    /// <summary>This search's page <paramref name="number"/>, in <paramref name="order"/>.</summary>
    public string PageHref(int number, SearchOrder order) =>
        Rendering.Links.SearchPage(Q ?? "", Kind, Outlet, FromDay, ToDay, order, number);

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        var fromRead = DayInput.TryParse(From, out var from);
        if (!fromRead || !DayInput.TryParse(To, out var to))
        {
            Results = SearchResults.Refusal($"“{(fromRead ? To : From)!.Trim()}” is not a day read here: write it as 3 Apr 2024 or 2024-04-03.");
            return;
        }

        (FromDay, ToDay) = (from, to);
        Results = await SearchResults.FindAsync(db, names, new SearchRequest(Q, Kind, Outlet, from, to, Order, page), cancellationToken);
    }
}
