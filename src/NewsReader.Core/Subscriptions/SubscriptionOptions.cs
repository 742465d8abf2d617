using System.ComponentModel.DataAnnotations;

namespace NewsReader.Subscriptions;

/// <summary>The <c>Subscriptions</c> settings: whether the web app polls, how often a new feed is read, how many fetches at once.</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "Subscriptions";

    /// <summary>Whether the web app polls due subscriptions in the background (the CLI's <c>poll</c> works either way).</summary>
    public bool Enabled { get; set; } = true;

    [Range(PollSchedule.MinIntervalMinutes, 7 * 24 * 60)]
    public int DefaultIntervalMinutes { get; set; } = PollSchedule.DefaultIntervalMinutes;

    /// <summary>Feeds fetched at once (one per host at a time whatever this says).</summary>
    [Range(1, 64)]
    public int MaxConcurrentFetches { get; set; } = 4;
}
