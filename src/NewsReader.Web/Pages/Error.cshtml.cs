using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsReader.Web.Pages;

/// <summary>The one error page: a plain explanation, never a stack trace.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Status { get; set; }

    public string Heading => Status switch
    {
        404 => "Not found",
        413 => "Too large",
        429 => "Too many requests",
        _ => "Something went wrong",
    };

    public string Explanation => Status switch
    {
        404 => "There is nothing at this address. The article or entity may not exist.",
        413 => "The upload is larger than the server accepts at once. Send fewer or smaller files.",
        429 => "Too many requests from your address in the last minute. Wait a minute and try again.",
        _ => "The page could not be shown. Try again; if it keeps happening, the server log says why.",
    };

    /// <summary>
    /// Reached by re-execution the response already carries the failed request's status, which the page explains;
    /// asked for directly, only an error status (400-599) from the query is taken: any other (204, 304, 0, 1000)
    /// would make a malformed or bodiless response, so it is ignored.
    /// </summary>
    public void OnGet()
    {
        if (Status is not (>= 400 and <= 599))
        {
            Status = Response.StatusCode is >= 400 and <= 599 ? Response.StatusCode : null;
            return;
        }

        Response.StatusCode = Status.Value;
    }
}
