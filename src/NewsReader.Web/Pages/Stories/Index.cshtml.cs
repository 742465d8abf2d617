using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Storage;
using NewsReader.Stories;

namespace NewsReader.Web.Pages.Stories;

public sealed class IndexModel(NewsReaderDbContext db) : PageModel
{
    private const int PageSize = 50;

    public IReadOnlyList<StorySummary> Stories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Stories = await StoryViews.ListAsync(db, PageSize, cancellationToken);
}
