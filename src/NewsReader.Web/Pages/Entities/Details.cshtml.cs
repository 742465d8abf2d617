using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Entities;
using NewsReader.Storage;

namespace NewsReader.Web.Pages.Entities;

public sealed class DetailsModel(NewsReaderDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public EntityProfile Profile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var profile = await EntityProfile.LoadAsync(db, Id, cancellationToken);
        if (profile is null)
        {
            return NotFound();
        }

        Profile = profile;
        return Page();
    }
}
