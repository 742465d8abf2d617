namespace NewsReader.Subscriptions;

/// <summary>
/// When a subscription is next polled: its interval after a poll that worked; after failures, the interval doubled
/// for each failure in a row up to <see cref="MaxBackOff"/>, and never sooner than a server's Retry-After.
/// </summary>
public static class PollSchedule
{
    public const int DefaultIntervalMinutes = 30;

    public const int MinIntervalMinutes = 5;

    /// <summary>Failures in a row after which a feed is shown as failing.</summary>
    public const int FailingAfter = 5;

    public static readonly TimeSpan MaxBackOff = TimeSpan.FromHours(24);

    /// <summary>The next poll of a feed polled every <paramref name="intervalMinutes"/> that has failed <paramref name="failures"/> times in a row.</summary>
    public static DateTime Next(DateTime now, int intervalMinutes, int failures, TimeSpan? retryAfter = null)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(MinIntervalMinutes, intervalMinutes));
        var wait = failures <= 0 ? interval : TimeSpan.FromTicks(Math.Min(MaxBackOff.Ticks, interval.Ticks * (1L << Math.Min(failures, 20))));
        if (retryAfter is { } asked && asked > wait)
        {
            wait = asked < MaxBackOff ? asked : MaxBackOff;
        }

        return now + wait;
    }
}
