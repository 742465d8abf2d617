namespace NewsReader.Subscriptions;

/// <summary>
/// A feed NewsReader polls on a schedule: its address, what it is called, how often it is read, and how the last reads
/// went. The validators of the last fetch (<see cref="ETag"/>, <see cref="LastModified"/>) make an unchanged feed cost a
/// 304; failures push <see cref="NextPollAt"/> out (<see cref="PollSchedule"/>) and keep the last error to show.
/// </summary>
public sealed class Subscription
{
    public int Id { get; set; }

    /// <summary>The feed's address (absolute http or https), unique.</summary>
    public required string FeedUrl { get; set; }

    /// <summary>The feed's own title, once read.</summary>
    public string? Title { get; set; }

    /// <summary>Paused subscriptions are never polled on schedule.</summary>
    public bool Enabled { get; set; } = true;

    public int IntervalMinutes { get; set; } = PollSchedule.DefaultIntervalMinutes;

    /// <summary>Whether an item that carries only a teaser has its page fetched for the article.</summary>
    public bool FollowLinks { get; set; }

    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    public DateTime AddedAt { get; set; }

    public DateTime? LastPolledAt { get; set; }

    /// <summary>When the subscription is next due; null: at once.</summary>
    public DateTime? NextPollAt { get; set; }

    /// <summary>When a poll last stored an article from it.</summary>
    public DateTime? LastNewArticleAt { get; set; }

    /// <summary>Articles stored from this feed, over its life.</summary>
    public int ArticlesTaken { get; set; }

    /// <summary>Polls that failed in a row (0 after one that did not).</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>Why the last poll failed; null after one that did not.</summary>
    public string? LastError { get; set; }

    /// <summary>A feed that failed <see cref="PollSchedule.FailingAfter"/> polls in a row: still polled, rarely, and shown as failing.</summary>
    public bool IsFailing => ConsecutiveFailures >= PollSchedule.FailingAfter;

    public ICollection<SeenFeedItem> SeenItems { get; } = [];
}

/// <summary>
/// An item of a subscription's feed already dealt with (stored, a duplicate, or refused for itself), known by its
/// feed identifier or link: the next poll skips it without fetching its page, even when its title has been edited.
/// </summary>
public sealed class SeenFeedItem
{
    public int SubscriptionId { get; set; }

    /// <summary>The item's RSS guid or Atom id, else its link.</summary>
    public required string ItemKey { get; set; }

    public DateTime SeenAt { get; set; }
}
