using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Storage;
using NewsReader.Stories;

namespace NewsReader.Web.Pages.Stories;

public sealed class DetailsModel(NewsReaderDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public StoryProfile Story { get; private set; } = new(0, "", [], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await StoryViews.LoadAsync(db, Id, cancellationToken) is not { } story)
        {
            return NotFound();
        }

        Story = story;
        return Page();
    }
}
