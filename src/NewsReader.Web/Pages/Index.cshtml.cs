using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Articles;
using NewsReader.Storage;
using NewsReader.Web.Startup;

namespace NewsReader.Web.Pages;

public sealed class IndexModel(NewsReaderDbContext db, SeedingProgress seeding) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    public bool StoriesOnly => string.Equals(View, "stories", StringComparison.OrdinalIgnoreCase);

    public FrontPage Front { get; private set; } = new([], []);

    /// <summary>The seed articles are still being added on a first start.</summary>
    public bool Seeding => seeding.IsRunning;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Front = await FrontPage.LoadAsync(db, StoriesOnly, cancellationToken);
}
