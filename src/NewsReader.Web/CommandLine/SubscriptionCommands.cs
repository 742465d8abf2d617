using System.Globalization;
using NewsReader.Ingestion;
using NewsReader.Subscriptions;

namespace NewsReader.Web.CommandLine;

/// <summary>
/// `subscribe`, `unsubscribe`, `subscriptions`, `poll` and `opml import|export`: the subscriptions the web app polls,
/// kept from the command line; a line per feed, and exit 1 when any address or feed failed.
/// </summary>
internal static class SubscriptionCommands
{
    public static async Task<int> SubscribeAsync(CommandLineArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        using var host = await CommandHost.StartAsync(arguments.DbPath, cancellationToken);
        var subscriptions = host.Services.GetRequiredService<FeedSubscriptions>();
        var failed = 0;
        foreach (var address in arguments.Paths)
        {
            var added = await subscriptions.AddAsync(address, arguments.IntervalMinutes, arguments.FollowLinks, cancellationToken);
            if (added.Succeeded)
            {
                console.Out.WriteLine($"subscribed    {added.Value.FeedUrl}  ({added.Value.Title ?? "untitled"}, every {added.Value.IntervalMinutes} min)");
            }
            else
            {
                failed++;
                console.Out.WriteLine($"failed        {address}: {added.Error}");
            }
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.InputFailed;
    }

    public static async Task<int> UnsubscribeAsync(CommandLineArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        using var host = await CommandHost.StartAsync(arguments.DbPath, cancellationToken);
        var subscriptions = host.Services.GetRequiredService<FeedSubscriptions>();
        var missing = 0;
        foreach (var address in arguments.Paths)
        {
            if (await subscriptions.RemoveAsync(address, cancellationToken))
            {
                console.Out.WriteLine($"unsubscribed  {address}  (its articles stay)");
            }
            else
            {
                missing++;
                console.Out.WriteLine($"failed        {address}: no subscription has this address");
            }
        }

        return missing == 0 ? ExitCodes.Success : ExitCodes.InputFailed;
    }

    public static async Task<int> ListAsync(CommandLineArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        using var host = await CommandHost.StartAsync(arguments.DbPath, cancellationToken);
        var all = await host.Services.GetRequiredService<FeedSubscriptions>().ListAsync(cancellationToken);
        foreach (var s in all)
        {
            var state = !s.Enabled ? "paused" : s.IsFailing ? $"failing ({s.ConsecutiveFailures} in a row: {s.LastError})" : s.LastError is not null ? $"last poll failed: {s.LastError}" : "active";
            var polled = s.LastPolledAt is { } at ? at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never polled";
            console.Out.WriteLine($"{s.FeedUrl}  {s.Title ?? "untitled"}  {state}  {polled}  {s.ArticlesTaken} articles");
        }

        console.Out.WriteLine(all.Count == 1 ? "1 subscription" : $"{all.Count} subscriptions");
        return ExitCodes.Success;
    }

    public static async Task<int> PollAsync(CommandLineArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        using var host = await CommandHost.StartAsync(arguments.DbPath, cancellationToken);
        var progress = new LineProgress<PollOutcome>(outcome =>
        {
            console.Out.WriteLine(outcome.ToString());
            foreach (var item in outcome.Items.Where(i => i.Status == IngestStatus.Failed))
            {
                console.Out.WriteLine($"  {item}");
            }
        });
        var outcomes = await host.Services.GetRequiredService<SubscriptionPoller>().PollDueAsync(progress, cancellationToken);
        var failed = outcomes.Count(o => o.Status == PollStatus.Failed);
        console.Out.WriteLine(
            $"{outcomes.Count} feeds polled: {outcomes.Sum(o => o.NewArticles)} new articles, " +
            $"{outcomes.Count(o => o.Status == PollStatus.Unchanged)} unchanged, {failed} failed");
        return failed == 0 ? ExitCodes.Success : ExitCodes.InputFailed;
    }

    public static async Task<int> OpmlAsync(CommandLineArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        using var host = await CommandHost.StartAsync(arguments.DbPath, cancellationToken);
        var subscriptions = host.Services.GetRequiredService<FeedSubscriptions>();
        if (arguments.Paths[0] == "export")
        {
            var time = host.Services.GetRequiredService<TimeProvider>();
            console.Out.WriteLine(Opml.Write(await subscriptions.ListAsync(cancellationToken), time.GetUtcNow().UtcDateTime));
            return ExitCodes.Success;
        }

        var file = arguments.Paths[1];
        IReadOnlyList<OpmlFeed> feeds;
        try
        {
            await using var stream = File.OpenRead(file);
            feeds = Opml.Read(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await console.Error.WriteLineAsync($"error: {file}: {ex.Message}");
            return ExitCodes.InputFailed;
        }

        var added = await subscriptions.ImportAsync(feeds, cancellationToken);
        console.Out.WriteLine($"{feeds.Count} feeds in {file}: {added} subscribed, {feeds.Count - added} already subscribed");
        return ExitCodes.Success;
    }
}
