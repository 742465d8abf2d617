using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Subscriptions;
using NewsReader.Web.Accounts;

namespace NewsReader.Web.Pages;

/// <summary>
/// The feeds NewsReader follows, for anyone to read: each with when it was last polled, its last new article, the
/// articles taken, the next poll and the last error. The administrator adds (a feed's or a site's address), polls
/// now, pauses, resumes and removes, and imports an OPML file; anyone may export the list as OPML.
/// </summary>
public sealed class SubscriptionsModel(FeedSubscriptions subscriptions, SubscriptionPoller poller, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    /// <summary>An OPML file read for import is at most this large.</summary>
    public const long MaxOpmlBytes = 1024 * 1024;

    public IReadOnlyList<Subscription> Feeds { get; private set; } = [];

    /// <summary>What the last action did, or why it could not ("Subscribed to …", "Polled …: 3 new articles").</summary>
    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Problem { get; set; }

    [BindProperty]
    public string? FeedAddress { get; set; }

    [BindProperty]
    public int? IntervalMinutes { get; set; }

    [BindProperty]
    public bool FollowLinks { get; set; }

    [BindProperty]
    public IFormFile? OpmlFile { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Feeds = await subscriptions.ListAsync(cancellationToken);

    /// <summary>The subscriptions as OPML 2.0, a file to import into another reader.</summary>
    public async Task<IActionResult> OnGetOpmlAsync(CancellationToken cancellationToken)
    {
        var opml = Opml.Write(await subscriptions.ListAsync(cancellationToken), time.GetUtcNow().UtcDateTime);
        return File(System.Text.Encoding.UTF8.GetBytes(opml), "text/x-opml", "newsreader-subscriptions.opml");
    }

    public Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) => AsAdministratorAsync(async () =>
    {
        var added = await subscriptions.AddAsync(FeedAddress ?? "", IntervalMinutes, FollowLinks, cancellationToken);
        if (added.Succeeded)
        {
            Message = $"Subscribed to {added.Value.Title ?? added.Value.FeedUrl}: its articles arrive with the next poll.";
        }
        else
        {
            Problem = $"Not subscribed: {added.Error}";
        }
    });

    public Task<IActionResult> OnPostPollAsync(int id, CancellationToken cancellationToken) => AsAdministratorAsync(async () =>
    {
        PollOutcome outcome;
        try
        {
            outcome = await poller.PollAsync(id, cancellationToken);
        }
        catch (ArgumentException)
        {
            Problem = "That subscription is no longer there.";
            return;
        }

        if (outcome.Status == PollStatus.Failed)
        {
            Problem = $"Polling {outcome.FeedUrl} failed: {outcome.Error}";
        }
        else
        {
            Message = outcome.Status == PollStatus.Unchanged
                ? $"Polled {outcome.FeedUrl}: unchanged since the last poll."
                : $"Polled {outcome.FeedUrl}: {(outcome.NewArticles == 1 ? "1 new article" : $"{outcome.NewArticles} new articles")}.";
        }
    });

    public Task<IActionResult> OnPostChangeAsync(int id, CancellationToken cancellationToken) => AsAdministratorAsync(async () =>
    {
        var problem = await subscriptions.ChangeAsync(id, IntervalMinutes ?? PollSchedule.DefaultIntervalMinutes, FollowLinks, cancellationToken);
        if (problem is null)
        {
            Message = $"Changed: polled every {IntervalMinutes ?? PollSchedule.DefaultIntervalMinutes} minutes{(FollowLinks ? ", teasers' pages fetched" : "")}, from its next poll.";
        }
        else
        {
            Problem = $"Not changed: {problem}";
        }
    });

    public Task<IActionResult> OnPostPauseAsync(int id, CancellationToken cancellationToken) => AsAdministratorAsync(async () =>
    {
        await subscriptions.SetEnabledAsync(id, enabled: false, cancellationToken);
        Message = "Paused: it is not polled until resumed.";
    });

    public Task<IActionResult> OnPostResumeAsync(int id, CancellationToken cancellationToken) => AsAdministratorAsync(async () =>
    {
        await subscriptions.SetEnabledAsync(id, enabled: true, cancellationToken);
        Message = "Resumed: it is polled at the next minute.";
    });

    public Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken) => AsAdministratorAsync(async () =>
    {
        Message = await subscriptions.RemoveByIdAsync(id, cancellationToken) ? "Removed; its articles stay." : null;
    });

    public Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken) => AsAdministratorAsync(async () =>
    {
        if (OpmlFile is null || OpmlFile.Length == 0)
        {
            Problem = "Choose an OPML file to import.";
            return;
        }

        if (OpmlFile.Length > MaxOpmlBytes)
        {
            Problem = $"Not imported: the file is over {MaxOpmlBytes / 1024} KB.";
            return;
        }

        try
        {
            await using var stream = OpmlFile.OpenReadStream();
            var feeds = Opml.Read(stream);
            var added = await subscriptions.ImportAsync(feeds, cancellationToken);
            Message = $"{feeds.Count} feeds in {OpmlFile.FileName}: {added} subscribed, {feeds.Count - added} already subscribed.";
        }
        catch (InvalidDataException ex)
        {
            Problem = $"Not imported: {ex.Message}";
        }
    });

    /// <summary>Runs a change for the signed-in administrator, then shows the list again (post, redirect, get); anyone else is sent to sign in.</summary>
    private async Task<IActionResult> AsAdministratorAsync(Func<Task> change)
    {
        if (!(await authorization.AuthorizeAsync(User, WriteAccess.AdminPolicy)).Succeeded)
        {
            return Challenge();
        }

        await change();
        return RedirectToPage();
    }
}
