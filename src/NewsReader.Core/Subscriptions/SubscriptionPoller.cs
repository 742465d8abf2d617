using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsReader.Fetching;
using NewsReader.Ingestion;
using NewsReader.Sources;
using NewsReader.Sources.Feeds;
using NewsReader.Storage;

namespace NewsReader.Subscriptions;

/// <summary>
/// Polls subscriptions: each feed fetched with the validators of its last fetch (a 304 costs no reading), then each
/// item not seen before (by its feed id or link) ingested as <c>ingest</c> ingests it, one transaction per article,
/// and recorded as seen once it is stored, so that a poll stopped anywhere (even killed) loses nothing: the next one
/// takes what was not recorded, and an article stored but not yet recorded is known again by its content. Feeds are
/// fetched up to <see cref="SubscriptionOptions.MaxConcurrentFetches"/> at a time and one per host; articles are
/// stored one at a time. A failure pushes the feed's next poll out (<see cref="PollSchedule"/>) and is kept to show.
/// </summary>
public sealed class SubscriptionPoller(
    IDbContextFactory<NewsReaderDbContext> contexts,
    WebFetcher fetcher,
    SourceIngestor ingestor,
    TimeProvider time,
    IOptions<SubscriptionOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _writes = new(1, 1);
    private readonly Lock _reporting = new();

    /// <summary>Polls every enabled subscription that is due, reporting each feed's outcome as it is known.</summary>
    public async Task<IReadOnlyList<PollOutcome>> PollDueAsync(IProgress<PollOutcome>? progress, CancellationToken cancellationToken)
    {
        var now = Now;
        List<int> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Subscriptions.AsNoTracking().Where(s => s.Enabled && (s.NextPollAt == null || s.NextPollAt <= now))
                .OrderBy(s => s.NextPollAt).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);
        }

        using var slots = new SemaphoreSlim(options.Value.MaxConcurrentFetches);
        var polls = due.Select(async id =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                var outcome = await PollAsync(id, cancellationToken);
                lock (_reporting)
                {
                    // One report at a time, whichever feed finishes: a console line is never cut by another.
                    progress?.Report(outcome);
                }

                return outcome;
            }
            finally
            {
                slots.Release();
            }
        }).ToList();
        return await Task.WhenAll(polls);
    }

    /// <summary>Polls subscription <paramref name="id"/> now, due or not.</summary>
    public async Task<PollOutcome> PollAsync(int id, CancellationToken cancellationToken)
    {
        Subscription subscription;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            subscription = await db.Subscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
                ?? throw new ArgumentException($"There is no subscription {id}.", nameof(id));
        }

        var url = new Uri(subscription.FeedUrl);
        var fetched = await OneAtATimeForHostAsync(url, () => fetcher.FetchIfChangedAsync(url, new FetchValidators(subscription.ETag, subscription.LastModified), cancellationToken), cancellationToken);
        if (fetched.NotModified)
        {
            await RecordAsync(id, s => Succeeded(s, fetched.Validators), cancellationToken);
            return new PollOutcome(subscription.FeedUrl, PollStatus.Unchanged, 0, null, []);
        }

        if (fetched.Document is not { } document)
        {
            return await FailedAsync(subscription, fetched.Error!, fetched.RetryAfter, cancellationToken);
        }

        if (SourceFormats.Detect(document.Source, document.MediaType, document.Content) != SourceFormat.Feed)
        {
            return await FailedAsync(subscription, $"not a feed: the address answered with {document.MediaType ?? "something else"}", null, cancellationToken);
        }

        var items = ingestor.Read(document);
        if (items is [{ FeedItemId: null, Link: null, Result.Succeeded: false } only] && only.Source == document.Source)
        {
            return await FailedAsync(subscription, only.Result.Error!, null, cancellationToken);
        }

        var outcomes = await IngestNewItemsAsync(subscription, items, cancellationToken);
        var added = outcomes.Count(o => o.Status == IngestStatus.Added);
        var title = subscription.Title ?? FeedReader.Read(document.Content, document.Charset, document.Url).Title?.Trim();
        await RecordAsync(id, s =>
        {
            Succeeded(s, fetched.Validators);
            s.Title ??= string.IsNullOrWhiteSpace(title) ? null : title;
            s.ArticlesTaken += added;
            s.LastNewArticleAt = added > 0 ? s.LastPolledAt : s.LastNewArticleAt;
        }, cancellationToken);
        return new PollOutcome(subscription.FeedUrl, PollStatus.Read, added, null, outcomes);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public void Dispose()
    {
        _writes.Dispose();
        foreach (var host in _hosts.Values)
        {
            host.Dispose();
        }
    }

    /// <summary>The items not seen before, each ingested and then recorded as seen (a page that could not be fetched is tried again next time).</summary>
    private async Task<List<IngestOutcome>> IngestNewItemsAsync(Subscription subscription, IReadOnlyList<SourceItem> items, CancellationToken cancellationToken)
    {
        var keys = items.Select(KeyOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        HashSet<string> seen;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            seen = (await db.SeenFeedItems.AsNoTracking().Where(i => i.SubscriptionId == subscription.Id && keys.Contains(i.ItemKey))
                .Select(i => i.ItemKey).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        }

        var ingestOptions = new IngestOptions(FollowLinks: subscription.FollowLinks);
        var outcomes = new List<IngestOutcome>();
        foreach (var item in items)
        {
            var key = KeyOf(item);
            if (key is not null && !seen.Add(key))
            {
                continue;
            }

            IngestOutcome outcome;
            await _writes.WaitAsync(cancellationToken);
            try
            {
                outcome = await ingestor.IngestItemAsync(item, ingestOptions, cancellationToken);
            }
            finally
            {
                _writes.Release();
            }

            outcomes.Add(outcome);
            var pageNotFetched = outcome.Status == IngestStatus.Failed && item.FullTextAt is not null && subscription.FollowLinks;
            if (key is not null && !pageNotFetched)
            {
                await MarkSeenAsync(subscription.Id, key, cancellationToken);
            }
        }

        return outcomes;
    }

    /// <summary>What a feed item is known by across polls: its own id, else its link; null for an item with neither.</summary>
    private static string? KeyOf(SourceItem item) => item.FeedItemId ?? item.Link?.AbsoluteUri;

    private async Task MarkSeenAsync(int subscriptionId, string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Another poll of the same feed (the CLI beside the server) may have recorded it first: once is enough.
        await db.Database.ExecuteSqlAsync(
            $"INSERT OR IGNORE INTO SeenFeedItems (SubscriptionId, ItemKey, SeenAt) VALUES ({subscriptionId}, {key}, {Now})", cancellationToken);
    }

    private void Succeeded(Subscription subscription, FetchValidators validators)
    {
        var now = Now;
        (subscription.ETag, subscription.LastModified) = (validators.ETag, validators.LastModified);
        subscription.LastPolledAt = now;
        subscription.NextPollAt = PollSchedule.Next(now, subscription.IntervalMinutes, failures: 0);
        subscription.ConsecutiveFailures = 0;
        subscription.LastError = null;
    }

    private async Task<PollOutcome> FailedAsync(Subscription subscription, string error, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        await RecordAsync(subscription.Id, s =>
        {
            var now = Now;
            s.LastPolledAt = now;
            s.ConsecutiveFailures++;
            s.LastError = error;
            s.NextPollAt = PollSchedule.Next(now, s.IntervalMinutes, s.ConsecutiveFailures, retryAfter);
        }, cancellationToken);
        return PollOutcome.Failed(subscription.FeedUrl, error);
    }

    /// <summary>Changes the stored subscription (gone meanwhile: nothing to record).</summary>
    private async Task RecordAsync(int id, Action<Subscription> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Subscriptions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is { } subscription)
        {
            change(subscription);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<T> OneAtATimeForHostAsync<T>(Uri url, Func<Task<T>> fetch, CancellationToken cancellationToken)
    {
        var host = _hosts.GetOrAdd(url.Authority, _ => new SemaphoreSlim(1, 1));
        await host.WaitAsync(cancellationToken);
        try
        {
            return await fetch();
        }
        finally
        {
            host.Release();
        }
    }
}
