using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Storage;
using NewsReader.Subscriptions;
using NewsReader.TestSupport;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Pages;

public sealed class SubscriptionsTests : IAsyncDisposable
{
    private readonly LoopbackServer _server = new();

    // The background poller off, so that only what a test does polls.
    private readonly NewsReaderWebFactory _factory = new(seedingEnabled: false, settings: TestAdmin.Settings(
        ("Fetching:AllowPrivateAddresses", "true"), ("Subscriptions:Enabled", "false")));

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _server.DisposeAsync();
    }

    private async Task<int> AddStoredAsync(string url, string title)
    {
        using var scope = _factory.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<NewsReaderDbContext>>().CreateDbContextAsync();
        var subscription = new Subscription { FeedUrl = url, Title = title, ConsecutiveFailures = 6, LastError = "the server answered 500 Internal Server Error" };
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync();
        return subscription.Id;
    }

    [Fact]
    public async Task Anyone_reads_the_feeds_followed_and_only_the_administrator_changes_them()
    {
        var id = await AddStoredAsync("https://example.org/feed.xml", "Example News");
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });

        var page = await HtmlPage.GetAsync(client, "/subscriptions");
        using var poll = await client.PostAsync(new Uri($"/subscriptions?handler=Remove&id={id}", UriKind.Relative), new FormUrlEncodedContent([]));

        var row = page.QuerySelector($"#feed-{id}")!;
        row.QuerySelector(".feed-title")!.TextContent.Should().Be("Example News");
        row.QuerySelector(".feed-state")!.TextContent.Should().Contain("Failing: 6 polls in a row").And.Contain("the server answered 500");
        page.QuerySelectorAll("form").Should().NotContain(f => (f.GetAttribute("action") ?? "").Contains("/subscriptions", StringComparison.Ordinal), "no change is offered to a reader");
        page.QuerySelector("a[href^='/account/login']").Should().NotBeNull();
        poll.IsSuccessStatusCode.Should().BeFalse();
        (await HtmlPage.GetAsync(client, "/subscriptions")).QuerySelector($"#feed-{id}").Should().NotBeNull("a reader's post removes nothing");
    }

    [Fact]
    public async Task The_administrator_follows_a_feed_polls_it_now_and_pauses_it()
    {
        _server.Map("/feed.xml", "application/rss+xml", TestFeeds.Rss("Elmira Gazette", [new TestFeeds.Item(1), new TestFeeds.Item(2)]));
        var client = await TestAdmin.SignedInClientAsync(_factory);

        using var added = await TestAdmin.PostFormAsync(client, "/subscriptions?handler=Add", new() { ["FeedAddress"] = _server.Url("/feed.xml").AbsoluteUri }, "/subscriptions");
        var afterAdd = await HtmlPage.GetAsync(client, "/subscriptions");
        var id = int.Parse(afterAdd.QuerySelector("tr[id^='feed-']")!.Id!["feed-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        using var polled = await TestAdmin.PostFormAsync(client, $"/subscriptions?handler=Poll&id={id}", [], "/subscriptions");
        var afterPoll = await HtmlPage.GetAsync(client, "/subscriptions");
        using var changed = await TestAdmin.PostFormAsync(client, $"/subscriptions?handler=Change&id={id}", new() { ["IntervalMinutes"] = "90", ["FollowLinks"] = "true" }, "/subscriptions");
        var afterChange = await HtmlPage.GetAsync(client, "/subscriptions");
        using var tooOften = await TestAdmin.PostFormAsync(client, $"/subscriptions?handler=Change&id={id}", new() { ["IntervalMinutes"] = "1" }, "/subscriptions");
        var afterTooOften = await HtmlPage.GetAsync(client, "/subscriptions");
        using var paused = await TestAdmin.PostFormAsync(client, $"/subscriptions?handler=Pause&id={id}", [], "/subscriptions");
        var afterPause = await HtmlPage.GetAsync(client, "/subscriptions");
        var home = await HtmlPage.GetAsync(client, "/");

        added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        afterAdd.QuerySelector("[role=status]")!.TextContent.Should().Contain("Subscribed to Elmira Gazette");
        afterPoll.QuerySelector("[role=status]")!.TextContent.Should().Contain("2 new articles");
        afterPoll.QuerySelector($"#feed-{id} td:nth-of-type(3)")!.TextContent.Should().NotBe("none yet");
        afterChange.QuerySelector($"#feed-{id} .feed-state")!.TextContent.Should().Contain("every 90 min, teasers' pages fetched");
        afterTooOften.QuerySelector("[role=alert]")!.TextContent.Should().Be("Not changed: the interval is at least 5 minutes (got 1)");
        afterPause.QuerySelector($"#feed-{id} .feed-state")!.TextContent.Should().Contain("Paused");
        afterPause.QuerySelector($"#feed-{id} button")!.TextContent.Should().Be("Poll now");
        afterPause.QuerySelectorAll($"#feed-{id} button").Select(b => b.TextContent).Should().Contain("Resume");
        home.QuerySelectorAll("a").Select(a => a.TextContent).Should().Contain("Ferry 2 returns to Port Elmira");
    }

    [Fact]
    public async Task A_page_that_advertises_no_feed_is_refused_with_the_reason()
    {
        _server.Map("/", "text/html", "<!doctype html><html><head><title>Elmira</title></head><body><p>Welcome</p></body></html>");
        var client = await TestAdmin.SignedInClientAsync(_factory);

        using var added = await TestAdmin.PostFormAsync(client, "/subscriptions?handler=Add", new() { ["FeedAddress"] = _server.Url("/").AbsoluteUri }, "/subscriptions");
        var page = await HtmlPage.GetAsync(client, "/subscriptions");

        page.QuerySelector("[role=alert]")!.TextContent.Should().StartWith("Not subscribed: no feed at");
        page.QuerySelectorAll("tr[id^='feed-']").Should().BeEmpty();
    }

    [Fact]
    public async Task Opml_imported_comes_back_out_of_the_export()
    {
        const string opml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="1.0"><head><title>My feeds</title></head><body>
              <outline text="World"><outline type="rss" text="Example World" xmlUrl="https://example.org/world.xml" />
              <outline type="rss" title="Other &amp; Co" text="other" xmlUrl="https://other.example.net/rss" /></outline>
              <outline text="A folder with no feed" />
            </body></opml>
            """;
        var client = await TestAdmin.SignedInClientAsync(_factory);
        async Task<HttpResponseMessage> ImportAsync()
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent(await TestAdmin.AntiforgeryTokenAsync(client, "/subscriptions")), "__RequestVerificationToken" },
                { new ByteArrayContent(Encoding.UTF8.GetBytes(opml)), "OpmlFile", "feeds.opml" },
            };
            return await client.PostAsync(new Uri("/subscriptions?handler=Import", UriKind.Relative), form);
        }

        using var first = await ImportAsync();
        var afterFirst = await HtmlPage.GetAsync(client, "/subscriptions");
        using var second = await ImportAsync();
        var afterSecond = await HtmlPage.GetAsync(client, "/subscriptions");
        var exported = await _factory.CreateClient().GetStringAsync(new Uri("/subscriptions?handler=Opml", UriKind.Relative));

        afterFirst.QuerySelector("[role=status]")!.TextContent.Should().Be("2 feeds in feeds.opml: 2 subscribed, 0 already subscribed.");
        afterSecond.QuerySelector("[role=status]")!.TextContent.Should().Be("2 feeds in feeds.opml: 0 subscribed, 2 already subscribed.");
        Opml.Read(new MemoryStream(Encoding.UTF8.GetBytes(exported))).Should().BeEquivalentTo(
            [new OpmlFeed("https://example.org/world.xml", "Example World"), new OpmlFeed("https://other.example.net/rss", "Other & Co")]);
    }
}
