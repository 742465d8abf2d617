using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Entities;
using NewsReader.Storage;
using NewsReader.Web.Rendering;

namespace NewsReader.Web.Pages.Entities;

public sealed class DetailsModel(NewsReaderDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }


    public EntityProfile Profile { get; private set; } = null!;

    public Pager Pager => Pager.Of(Profile.Articles, "articles", n => Links.EntityPage(Profile.Id, Profile.Name, n));

    // "page" is read from the query alone: it is also Razor Pages' own route value.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        var profile = await EntityProfile.LoadAsync(db, Id, page, cancellationToken);
        if (profile is null)
        {
            return NotFound();
        }

        Profile = profile;
        return Page();
    }
}
