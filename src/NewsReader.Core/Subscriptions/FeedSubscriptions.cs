using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsReader.Fetching;
using NewsReader.Sources;
using NewsReader.Sources.Feeds;
using NewsReader.Storage;

namespace NewsReader.Subscriptions;

/// <summary>
/// Adding, changing and removing subscriptions. An address is checked before it is kept: a feed is subscribed to as
/// it is; a web page, by the first feed it advertises (<see cref="FeedDiscovery"/>); anything else is refused with
/// the reason. A new subscription is due at once; its items arrive with the next poll.
/// </summary>
public sealed class FeedSubscriptions(
    IDbContextFactory<NewsReaderDbContext> contexts,
    WebFetcher fetcher,
    TimeProvider time,
    IOptions<SubscriptionOptions> options)
{
    /// <summary>Subscribes to the feed at <paramref name="address"/>, or the one its page advertises; an address already subscribed to is kept as it is.</summary>
    public async Task<Result<Subscription>> AddAsync(string address, int? intervalMinutes, bool followLinks, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(address?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return Result<Subscription>.Failure($"not a web address: '{address}' (give the feed's or the site's http or https address)");
        }

        var interval = intervalMinutes ?? options.Value.DefaultIntervalMinutes;
        if (interval < PollSchedule.MinIntervalMinutes)
        {
            return Result<Subscription>.Failure($"the interval is at least {PollSchedule.MinIntervalMinutes} minutes (got {interval})");
        }

        var feed = await FeedAtAsync(url, cancellationToken);
        if (!feed.Succeeded)
        {
            return Result<Subscription>.Failure(feed.Error);
        }

        var (feedUrl, title) = (feed.Value.Url, feed.Value.Title);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Subscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.FeedUrl == feedUrl, cancellationToken) is { } existing)
        {
            return Result<Subscription>.Success(existing);
        }

        var subscription = new Subscription
        {
            FeedUrl = feedUrl,
            Title = title,
            IntervalMinutes = interval,
            FollowLinks = followLinks,
            AddedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Subscription>.Success(subscription);
    }

    /// <summary>Removes the subscription to <paramref name="feedUrl"/> (its articles stay); false when there was none.</summary>
    public async Task<bool> RemoveAsync(string feedUrl, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = Normalized(feedUrl);
        return await db.Subscriptions.Where(s => s.FeedUrl == key || s.FeedUrl == feedUrl).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Changes how often subscription <paramref name="id"/> is polled and whether teasers' pages are fetched; the reason when it cannot.</summary>
    public async Task<string?> ChangeAsync(int id, int intervalMinutes, bool followLinks, CancellationToken cancellationToken)
    {
        if (intervalMinutes < PollSchedule.MinIntervalMinutes)
        {
            return $"the interval is at least {PollSchedule.MinIntervalMinutes} minutes (got {intervalMinutes})";
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await db.Subscriptions.Where(s => s.Id == id).ExecuteUpdateAsync(
            u => u.SetProperty(s => s.IntervalMinutes, intervalMinutes).SetProperty(s => s.FollowLinks, followLinks), cancellationToken);
        return changed > 0 ? null : "that subscription is no longer there";
    }

    /// <summary>Removes subscription <paramref name="id"/> (its articles stay); false when there was none.</summary>
    public async Task<bool> RemoveByIdAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Subscriptions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Pauses or resumes a subscription; a resumed one is due at once.</summary>
    public async Task<bool> SetEnabledAsync(int id, bool enabled, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Subscriptions.Where(s => s.Id == id).ExecuteUpdateAsync(
            u => u.SetProperty(s => s.Enabled, enabled).SetProperty(s => s.NextPollAt, s => enabled ? null : s.NextPollAt), cancellationToken) > 0;
    }

    /// <summary>
    /// Subscribes to the feeds an OPML file lists, as they are (each is checked by its first poll, so a long list
    /// imports at once and offline); returns how many were new.
    /// </summary>
    public async Task<int> ImportAsync(IReadOnlyList<OpmlFeed> feeds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = (await db.Subscriptions.Select(s => s.FeedUrl).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow().UtcDateTime;
        var added = feeds.Where(f => known.Add(f.FeedUrl)).Select(f => new Subscription
        {
            FeedUrl = f.FeedUrl,
            Title = f.Title,
            IntervalMinutes = options.Value.DefaultIntervalMinutes,
            AddedAt = now,
        }).ToList();
        db.Subscriptions.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }

    /// <summary>Every subscription, by title then address.</summary>
    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.Subscriptions.AsNoTracking().ToListAsync(cancellationToken);
        return all.OrderBy(s => s.Title ?? s.FeedUrl, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.FeedUrl, StringComparer.Ordinal).ToList();
    }

    /// <summary>The feed at <paramref name="url"/> (its address and title), else at the first feed its page advertises.</summary>
    private async Task<Result<FoundFeed>> FeedAtAsync(Uri url, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(url, cancellationToken);
        if (!fetched.Succeeded)
        {
            return Result<FoundFeed>.Failure(fetched.Error);
        }

        if (IsFeed(fetched.Value, out var title))
        {
            return Result<FoundFeed>.Success(new FoundFeed(Normalized(url.AbsoluteUri), title));
        }

        var advertised = FeedDiscovery.FeedsIn(fetched.Value);
        if (advertised.Count == 0)
        {
            return Result<FoundFeed>.Failure($"no feed at {url.AbsoluteUri}: it is not a feed, and no feed is advertised on it (<link rel=\"alternate\" type=\"application/rss+xml\">)");
        }

        var page = await fetcher.FetchAsync(advertised[0], cancellationToken);
        if (!page.Succeeded)
        {
            return Result<FoundFeed>.Failure($"the feed the page advertises ({advertised[0].AbsoluteUri}) could not be fetched: {page.Error}");
        }

        return IsFeed(page.Value, out var advertisedTitle)
            ? Result<FoundFeed>.Success(new FoundFeed(Normalized(advertised[0].AbsoluteUri), advertisedTitle))
            : Result<FoundFeed>.Failure($"the feed the page advertises ({advertised[0].AbsoluteUri}) is not a feed that can be read");
    }

    /// <summary>Whether the document is a feed that can be read, and its title when it has one.</summary>
    private static bool IsFeed(SourceDocument document, out string? title)
    {
        title = null;
        if (SourceFormats.Detect(document.Source, document.MediaType, document.Content) != SourceFormat.Feed)
        {
            return false;
        }

        try
        {
            title = FeedReader.Read(document.Content, document.Charset, document.Url).Title?.Trim();
            title = string.IsNullOrWhiteSpace(title) ? null : title;
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static string Normalized(string address) => Uri.TryCreate(address.Trim(), UriKind.Absolute, out var url) ? url.AbsoluteUri : address.Trim();

    private sealed record FoundFeed(string Url, string? Title);
}
