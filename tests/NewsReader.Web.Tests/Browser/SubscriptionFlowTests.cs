using Microsoft.Playwright;
using NewsReader.TestSupport;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Browser;

/// <summary>
/// The administrator's path to following an outlet: sign in, follow a site by its page (its feed discovered), poll it
/// now, and find its articles on the home page marked as the feed's.
/// </summary>
public sealed class SubscriptionFlowTests : IAsyncLifetime, IAsyncDisposable
{
    private readonly LoopbackServer _server = new();
    private readonly NewsReaderWebFactory _factory = new(seedingEnabled: false, settings: TestAdmin.Settings(
        ("Fetching:AllowPrivateAddresses", "true"), ("Subscriptions:Enabled", "false")));

    private ChromiumBrowser? _chromium;

    public async Task InitializeAsync() => _chromium = await ChromiumBrowser.StartAsync(_factory);

    [ChromiumFact]
    public async Task The_administrator_follows_a_site_polls_it_and_reads_its_articles()
    {
        _server.Map("/news.xml", "application/rss+xml", TestFeeds.Rss("Elmira Gazette", [new TestFeeds.Item(1), new TestFeeds.Item(2)]));
        _server.Map("/", "text/html", "<!doctype html><html><head><title>Elmira Gazette</title><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/news.xml\"></head><body><p>Welcome</p></body></html>");
        var page = await _chromium!.Browser.NewPageAsync();

        await page.GotoAsync(_factory.ClientOptions.BaseAddress + "account/login?returnUrl=%2Fsubscriptions");
        await page.Locator("#password").FillAsync(TestAdmin.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Feeds followed");
        await page.Locator("#feed-address").FillAsync(_server.Url("/").AbsoluteUri);
        await page.GetByRole(AriaRole.Button, new() { Name = "Follow" }).ClickAsync();

        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Subscribed to Elmira Gazette");
        await Assertions.Expect(page.Locator(".feed-url")).ToHaveTextAsync(_server.Url("/news.xml").AbsoluteUri);
        // Polling stores two articles (the recogniser's model loads first): wait for the answer however long it takes.
        await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Poll now" }).ClickAsync(),
            response => response.Request.Method == "POST",
            new() { Timeout = 0 });
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("2 new articles");

        await page.GetByRole(AriaRole.Link, new() { Name = "Articles", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".article-card h2 a", new() { HasText = "Ferry 2 returns to Port Elmira" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".article-card .meta").First).ToContainTextAsync("Elmira Gazette");
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        _factory.Dispose();
        await _server.DisposeAsync();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}
