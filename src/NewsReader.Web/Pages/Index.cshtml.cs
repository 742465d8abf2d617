using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Articles;
using NewsReader.Storage;
using NewsReader.Web.Rendering;
using NewsReader.Web.Startup;

namespace NewsReader.Web.Pages;

public sealed class IndexModel(NewsReaderDbContext db, SeedingProgress seeding, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    public bool StoriesOnly => string.Equals(View, "stories", StringComparison.OrdinalIgnoreCase);


    public FrontPage Front { get; private set; } = null!;

    public Pager ArticlePager => Pager.Of(Front.Articles, "articles", n => Links.HomePage(n, storiesOnly: false));

    public Pager StoryPager => Pager.Of(Front.Stories, "stories", n => Links.HomePage(n, storiesOnly: true));

    /// <summary>The seed articles are still being added on a first start.</summary>
    public bool Seeding => seeding.IsRunning;

    // "page" is read from the query alone: it is also Razor Pages' own route value. The reader's visit (what is new
    // to them) comes from their cookie, which the page then moves on.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        var visit = VisitCookie.VisitAt(VisitCookie.Parse(Request.Cookies[VisitCookie.Name]), time.GetUtcNow().UtcDateTime);
        Front = await FrontPage.LoadAsync(db, StoriesOnly, page, visit, cancellationToken);
        Response.Cookies.Append(VisitCookie.Name, VisitCookie.After(visit, Front.LatestId).Format(), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
        });
    }
}
