using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Articles;
using NewsReader.Storage;

namespace NewsReader.Web.Pages.Articles;

public sealed class DetailsModel(NewsReaderDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>Which part of a very long article to show, from 1 (`?part=2`).</summary>
    [BindProperty(SupportsGet = true)]
    public int Part { get; set; } = 1;

    public ArticlePage Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ArticlePage.LoadAsync(db, Id, Part, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        return Page();
    }
}
