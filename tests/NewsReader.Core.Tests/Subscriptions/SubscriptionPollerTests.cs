using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsReader.Fetching;
using NewsReader.Ingestion;
using NewsReader.TestSupport;

namespace NewsReader.Subscriptions;

public sealed class SubscriptionPollerTests : IAsyncLifetime, IAsyncDisposable
{
    private static readonly FetchOptions Loopback = new() { AllowPrivateAddresses = true };

    private readonly LoopbackServer _server = new();
    private TestDatabase _database = null!;
    private SubscriptionPoller _poller = null!;
    private FeedSubscriptions _subscriptions = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var fetcher = new WebFetcher(Options.Create(Loopback));
        var settings = Options.Create(new SubscriptionOptions());
        _poller = new SubscriptionPoller(_database, fetcher, new SourceIngestor(_database.Ingestor(), fetcher), _database.Time, settings);
        _subscriptions = new FeedSubscriptions(_database, fetcher, _database.Time, settings);
    }

    public async Task DisposeAsync()
    {
        _poller.Dispose();
        await _server.DisposeAsync();
        await _database.DisposeAsync();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    private void Serve(string path, params TestFeeds.Item[] items) =>
        _server.Map(path, "application/rss+xml", TestFeeds.Rss("Elmira Gazette - News", items));

    private async Task<Subscription> SubscribeAsync(string path, bool followLinks = false)
    {
        var added = await _subscriptions.AddAsync(_server.Url(path).AbsoluteUri, intervalMinutes: null, followLinks, CancellationToken.None);
        added.Succeeded.Should().BeTrue(added.Succeeded ? "" : added.Error);
        return added.Value!;
    }

    private async Task<List<string>> StoredTitlesAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.Articles.OrderBy(a => a.Id).Select(a => a.Title).ToListAsync();
    }

    private async Task<Subscription> ReloadAsync(int id)
    {
        await using var db = _database.CreateDbContext();
        return await db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == id);
    }

    [Fact]
    public async Task A_feed_that_gains_items_has_only_the_new_ones_stored()
    {
        Serve("/feed.xml", new TestFeeds.Item(1), new TestFeeds.Item(2));
        var subscription = await SubscribeAsync("/feed.xml");

        var first = await _poller.PollDueAsync(progress: null, CancellationToken.None);
        var storyBefore = await StoryOfFirstAsync();
        Serve("/feed.xml", new TestFeeds.Item(1), new TestFeeds.Item(2), new TestFeeds.Item(3));
        var tooSoon = await _poller.PollDueAsync(progress: null, CancellationToken.None);
        _database.Time.Advance(TimeSpan.FromMinutes(31));
        var second = await _poller.PollDueAsync(progress: null, CancellationToken.None);

        first.Should().ContainSingle().Which.NewArticles.Should().Be(2);
        tooSoon.Should().BeEmpty("the feed is due again only after its 30 minutes");
        second.Should().ContainSingle().Which.Items.Should().ContainSingle("items seen before are not tried again").Which.Status.Should().Be(IngestStatus.Added);
        (await StoredTitlesAsync()).Should().Equal("Ferry 1 returns to Port Elmira", "Ferry 2 returns to Port Elmira", "Ferry 3 returns to Port Elmira");
        var stored = await ReloadAsync(subscription.Id);
        (stored.Title, stored.ArticlesTaken, stored.LastError, stored.ConsecutiveFailures).Should().Be(("Elmira Gazette - News", 3, (string?)null, 0));
        stored.LastNewArticleAt.Should().Be(_database.Time.GetUtcNow().UtcDateTime);
        storyBefore.Articles.Should().Be(2, "two reports of one event make a story");
        (await StoryOfFirstAsync()).Should().Be((storyBefore.Id, 3), "the story grows as the report arrives");
    }

    private async Task<(int? Id, int Articles)> StoryOfFirstAsync()
    {
        await using var db = _database.CreateDbContext();
        var story = await db.Articles.OrderBy(a => a.Id).Select(a => a.StoryId).FirstAsync();
        return (story, story is null ? 0 : await db.Articles.CountAsync(a => a.StoryId == story));
    }

    [Fact]
    public async Task An_unchanged_feed_costs_a_304_and_stores_nothing()
    {
        var body = Encoding.UTF8.GetBytes(TestFeeds.Rss("Elmira Gazette", [new TestFeeds.Item(1)]));
        _server.Map("/feed.xml", (head, stream, ct) => head.Contains("If-None-Match: \"v1\"", StringComparison.Ordinal)
            ? LoopbackServer.WriteAsync(stream, "HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\nConnection: close\r\n\r\n", [], ct)
            : LoopbackServer.WriteAsync(stream, $"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nETag: \"v1\"\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n", body, ct));
        var subscription = await SubscribeAsync("/feed.xml");

        await _poller.PollAsync(subscription.Id, CancellationToken.None);
        var again = await _poller.PollAsync(subscription.Id, CancellationToken.None);

        again.Status.Should().Be(PollStatus.Unchanged);
        _server.Requests.Where(r => r.Path == "/feed.xml").Last().Head.Should().Contain("If-None-Match: \"v1\"");
        (await StoredTitlesAsync()).Should().ContainSingle();
        (await ReloadAsync(subscription.Id)).ETag.Should().Be("\"v1\"");
    }

    [Fact]
    public async Task Teasers_are_reported_once_without_page_fetching_and_fetched_once_with_it()
    {
        var items = new[] { new TestFeeds.Item(1, Teaser: true, Link: _server.Url("/news/1").AbsoluteUri), new TestFeeds.Item(2, Teaser: true, Link: _server.Url("/news/2").AbsoluteUri) };
        Serve("/teasers.xml", items);
        Serve("/teasers-followed.xml", items);
        _server.Map("/news/1", "text/html", TestFeeds.Page(1));
        _server.Map("/news/2", "text/html", TestFeeds.Page(2));
        var plain = await SubscribeAsync("/teasers.xml");
        var followed = await SubscribeAsync("/teasers-followed.xml", followLinks: true);

        var first = await _poller.PollAsync(plain.Id, CancellationToken.None);
        var firstAgain = await _poller.PollAsync(plain.Id, CancellationToken.None);
        var fetched = await _poller.PollAsync(followed.Id, CancellationToken.None);
        var fetchedAgain = await _poller.PollAsync(followed.Id, CancellationToken.None);

        first.Items.Should().HaveCount(2).And.OnlyContain(o => o.Status == IngestStatus.Failed && o.Reason!.Contains("teaser", StringComparison.Ordinal));
        firstAgain.Items.Should().BeEmpty("a teaser already reported is not reported at every poll");
        fetched.NewArticles.Should().Be(2);
        fetchedAgain.Items.Should().BeEmpty();
        (_server.RequestsFor("/news/1"), _server.RequestsFor("/news/2")).Should().Be((1, 1), "a stored item's page is not fetched again");
    }

    [Fact]
    public async Task An_item_whose_title_is_edited_is_not_stored_twice()
    {
        Serve("/feed.xml", new TestFeeds.Item(1), new TestFeeds.Item(2));
        var subscription = await SubscribeAsync("/feed.xml");
        await _poller.PollAsync(subscription.Id, CancellationToken.None);

        Serve("/feed.xml", new TestFeeds.Item(1, Title: "Ferry 1 back in Port Elmira after storm repairs"), new TestFeeds.Item(2));
        var edited = await _poller.PollAsync(subscription.Id, CancellationToken.None);

        edited.Items.Should().BeEmpty();
        (await StoredTitlesAsync()).Should().HaveCount(2);
    }

    [Fact]
    public async Task Items_without_a_guid_are_known_by_their_link()
    {
        Serve("/feed.xml", new TestFeeds.Item(1, WithGuid: false));
        var subscription = await SubscribeAsync("/feed.xml");
        await _poller.PollAsync(subscription.Id, CancellationToken.None);

        Serve("/feed.xml", new TestFeeds.Item(1, Title: "Ferry 1 back in service", WithGuid: false));
        var again = await _poller.PollAsync(subscription.Id, CancellationToken.None);

        again.Items.Should().BeEmpty();
    }

    [Fact]
    public async Task A_failing_feed_backs_off_and_keeps_its_last_error()
    {
        _server.Map("/broken.xml", (stream, ct) => LoopbackServer.WriteAsync(stream, "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", [], ct));
        Serve("/feed.xml", new TestFeeds.Item(1));
        await SubscribeAsync("/feed.xml");
        int id;
        await using (var db = _database.CreateDbContext())
        {
            var broken = new Subscription { FeedUrl = _server.Url("/broken.xml").AbsoluteUri, AddedAt = _database.Time.GetUtcNow().UtcDateTime };
            db.Subscriptions.Add(broken);
            await db.SaveChangesAsync();
            id = broken.Id;
        }

        var start = _database.Time.GetUtcNow().UtcDateTime;
        for (var minute = 0; minute <= 24 * 60; minute += 5)
        {
            await _poller.PollDueAsync(progress: null, CancellationToken.None);
            _database.Time.Advance(TimeSpan.FromMinutes(5));
        }

        // Every 30 minutes, doubled at each failure: polls at 0, 1 h, 3 h, 7 h, 15 h of a day.
        _server.RequestsFor("/broken.xml").Should().Be(5);
        var stored = await ReloadAsync(id);
        (stored.ConsecutiveFailures, stored.IsFailing, stored.LastError).Should().Be((5, true, "the server answered 500 Internal Server Error"));
        stored.NextPollAt.Should().Be(start.AddHours(15 + 16));
        _server.RequestsFor("/feed.xml").Should().BeGreaterThan(40, "a healthy feed beside it is polled on its own schedule");
    }

    [Fact]
    public async Task Retry_after_is_respected()
    {
        _server.Map("/busy.xml", (stream, ct) => LoopbackServer.WriteAsync(stream, "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 7200\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", [], ct));
        await using (var db = _database.CreateDbContext())
        {
            db.Subscriptions.Add(new Subscription { FeedUrl = _server.Url("/busy.xml").AbsoluteUri });
            await db.SaveChangesAsync();
        }

        var outcome = (await _poller.PollDueAsync(progress: null, CancellationToken.None)).Single();
        await using var read = _database.CreateDbContext();
        var stored = await read.Subscriptions.SingleAsync();

        outcome.Status.Should().Be(PollStatus.Failed);
        stored.NextPollAt.Should().Be(_database.Time.GetUtcNow().UtcDateTime.AddHours(2), "the server asked for two hours, more than the back-off's hour");
    }

    [Fact]
    public async Task A_slow_feed_does_not_hold_up_the_others()
    {
        var fastStored = new TaskCompletionSource();
        var body = Encoding.UTF8.GetBytes(TestFeeds.Rss("Slow Times", [new TestFeeds.Item(7)]));
        _server.Map("/slow.xml", async (stream, ct) =>
        {
            // Answers only once the fast feed's article is stored: were polls one after another, this would never end.
            await fastStored.Task.WaitAsync(ct);
            await LoopbackServer.WriteAsync(stream, $"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n", body, ct);
        });
        await using (var db = _database.CreateDbContext())
        {
            db.Subscriptions.Add(new Subscription { FeedUrl = _server.Url("/slow.xml").AbsoluteUri, NextPollAt = _database.Time.GetUtcNow().UtcDateTime.AddMinutes(-10) });
            await db.SaveChangesAsync();
        }

        Serve("/fast.xml", new TestFeeds.Item(1));
        await SubscribeAsync("/fast.xml");
        var progress = new SynchronousProgress<PollOutcome>(o =>
        {
            if (o.FeedUrl.EndsWith("/fast.xml", StringComparison.Ordinal))
            {
                fastStored.TrySetResult();
            }
        });

        var outcomes = await _poller.PollDueAsync(progress, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        outcomes.Should().HaveCount(2).And.OnlyContain(o => o.NewArticles == 1);
    }

    [Fact]
    public async Task A_poll_stopped_midway_loses_nothing_and_stores_nothing_twice()
    {
        // Teasers whose pages the server gives; asking for the eleventh stops the poll there, as an app stopping would.
        using var stop = new CancellationTokenSource();
        var items = Enumerable.Range(1, 30).Select(i => new TestFeeds.Item(i, Teaser: true, Link: _server.Url($"/news/{i}").AbsoluteUri)).ToArray();
        Serve("/feed.xml", items);
        foreach (var i in Enumerable.Range(1, 30))
        {
            var page = TestFeeds.Page(i);
            _server.Map($"/news/{i}", async (stream, ct) =>
            {
                if (i == 11)
                {
                    await stop.CancelAsync();
                }

                await LoopbackServer.WriteAsync(stream, $"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {page.Length}\r\nConnection: close\r\n\r\n", page, ct);
            });
        }

        var subscription = await SubscribeAsync("/feed.xml", followLinks: true);

        var interrupted = () => _poller.PollAsync(subscription.Id, stop.Token);

        await interrupted.Should().ThrowAsync<OperationCanceledException>();
        var storedBefore = (await StoredTitlesAsync()).Count;
        var resumed = await _poller.PollAsync(subscription.Id, CancellationToken.None);

        storedBefore.Should().Be(10);
        (await StoredTitlesAsync()).Should().HaveCount(30).And.OnlyHaveUniqueItems();
        resumed.NewArticles.Should().Be(20, "the next poll takes exactly what the stopped one did not store");
        _server.RequestsFor("/news/1").Should().Be(1, "a stored item's page is not fetched again");
    }

    [Fact]
    public async Task A_site_page_is_subscribed_to_by_the_feed_it_advertises()
    {
        Serve("/rss/news.xml", new TestFeeds.Item(1));
        _server.Map("/", "text/html", "<!doctype html><html><head><title>Elmira Gazette</title><link rel=\"alternate\" type=\"application/rss+xml\" title=\"News\" href=\"/rss/news.xml\"></head><body><p>Welcome</p></body></html>");

        var subscription = await SubscribeAsync("/");

        subscription.FeedUrl.Should().Be(_server.Url("/rss/news.xml").AbsoluteUri);
        subscription.Title.Should().Be("Elmira Gazette - News");
    }

    [Fact]
    public async Task A_page_without_a_feed_is_refused_with_the_reason()
    {
        _server.Map("/", "text/html", "<!doctype html><html><head><title>Elmira</title></head><body><p>Welcome</p></body></html>");

        var added = await _subscriptions.AddAsync(_server.Url("/").AbsoluteUri, null, followLinks: false, CancellationToken.None);

        added.Succeeded.Should().BeFalse();
        added.Error.Should().Contain("no feed at").And.Contain("advertised");
    }

    [Theory]
    [InlineData(0, 30)]
    [InlineData(1, 60)]
    [InlineData(3, 240)]
    [InlineData(12, 24 * 60)]
    public void The_next_poll_doubles_the_interval_per_failure_up_to_a_day(int failures, int minutes)
    {
        var now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        PollSchedule.Next(now, 30, failures).Should().Be(now.AddMinutes(minutes));
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
