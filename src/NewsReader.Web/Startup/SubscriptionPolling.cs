using Microsoft.Extensions.Options;
using NewsReader.Subscriptions;

namespace NewsReader.Web.Startup;

/// <summary>
/// Polls the due subscriptions while the app serves (Subscriptions:Enabled, default on): once a minute it asks which
/// feeds are due and polls them, so no process but the web app is needed. A failure is the feed's, kept on it; one
/// nobody foresaw is logged and the next minute tries again.
/// </summary>
internal sealed partial class SubscriptionPolling(
    SubscriptionPoller poller,
    IOptions<SubscriptionOptions> options,
    TimeProvider time,
    ILogger<SubscriptionPolling> logger) : BackgroundService
{
    /// <summary>How often due feeds are looked for; a feed's own interval is at least five minutes.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Tick, time);
        do
        {
            try
            {
                var outcomes = await poller.PollDueAsync(progress: null, stoppingToken);
                foreach (var outcome in outcomes.Where(o => o.Status != PollStatus.Unchanged))
                {
                    LogPolled(logger, outcome.FeedUrl, outcome.Status, outcome.NewArticles, outcome.Error);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogUnexpected(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {FeedUrl}: {Status}, {NewArticles} new articles {Error}")]
    private static partial void LogPolled(ILogger logger, string feedUrl, PollStatus status, int newArticles, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling subscriptions failed; trying again in a minute")]
    private static partial void LogUnexpected(ILogger logger, Exception exception);
}
