using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NewsReader.Accounts;
using NewsReader.Storage;
using NewsReader.Web.Accounts;

namespace NewsReader.Web.Pages.Account;

/// <summary>Sign-in for the administrator: one password, checked against the configured hash, rate limited.</summary>
[EnableRateLimiting(WriteAccess.SignInLimit)]
public sealed class LoginModel(IOptions<AdminOptions> admin, NewsReaderDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool IsConfigured => admin.Value.IsConfigured;

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            Problem = "No administrator is configured, so nobody can sign in.";
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        if (!AdminPassword.Verify(Password, admin.Value.PasswordHash))
        {
            Problem = "That password is not right.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        var session = await SignInSession.StartAsync(db, time.GetUtcNow().UtcDateTime, WriteAccess.SignInLifetime, cancellationToken);
        await HttpContext.SignInAsync(WriteAccess.Administrator(session));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/ingest");
    }
}
