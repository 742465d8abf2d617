using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Accounts;
using NewsReader.Storage;
using NewsReader.Web.Accounts;

namespace NewsReader.Web.Pages.Account;

/// <summary>Signs out (POST only, with the antiforgery token), ending the session on the server, back to the home page.</summary>
public sealed class LogoutModel(NewsReaderDbContext db) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.FindFirst(WriteAccess.SessionClaim)?.Value is { } session)
        {
            await SignInSession.EndAsync(db, session, cancellationToken);
        }

        await HttpContext.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
