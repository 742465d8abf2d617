using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Paging;
using NewsReader.Storage;
using NewsReader.Stories;
using NewsReader.Web.Rendering;

namespace NewsReader.Web.Pages.Stories;

public sealed class IndexModel(NewsReaderDbContext db, TimeProvider time) : PageModel
{
    private const int PageSize = 50;


    public ListPage<StorySummary> Stories { get; private set; } = null!;

    public Pager Pager => Pager.Of(Stories, "stories", Links.StoriesPage);

    // "page" is read from the query alone: it is also Razor Pages' own route value.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken) =>
        Stories = await StoryViews.ListAsync(db, PageRequest.Of(page, PageSize), time.GetUtcNow().UtcDateTime, cancellationToken);
}
