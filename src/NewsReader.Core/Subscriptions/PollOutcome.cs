using NewsReader.Ingestion;

namespace NewsReader.Subscriptions;

public enum PollStatus
{
    /// <summary>The feed was read; <see cref="PollOutcome.NewArticles"/> of its items were new articles.</summary>
    Read,

    /// <summary>The server said the feed had not changed (304): nothing was read.</summary>
    Unchanged,

    Failed,
}

/// <summary>How one poll of one feed went, with the outcome of every item it tried (items seen before are not tried).</summary>
public sealed record PollOutcome(string FeedUrl, PollStatus Status, int NewArticles, string? Error, IReadOnlyList<IngestOutcome> Items)
{
    public static PollOutcome Failed(string feedUrl, string error) => new(feedUrl, PollStatus.Failed, 0, error, []);

    /// <summary>One line for a person: "new 3      https://…", "unchanged  https://…", "failed     https://…: reason".</summary>
    public override string ToString() => Status switch
    {
        PollStatus.Read => $"new {NewArticles,-6} {FeedUrl}",
        PollStatus.Unchanged => $"unchanged  {FeedUrl}",
        _ => $"failed     {FeedUrl}: {Error}",
    };
}
