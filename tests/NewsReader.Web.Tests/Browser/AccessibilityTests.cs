using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Browser;

/// <summary>
/// axe-core's WCAG 2 A and AA rules over every page type, in the light and the dark colour scheme: no violation of any
/// impact (contrast of highlights, marks and "only here" rows in dark mode among them), the keyboard help open too.
/// </summary>
public sealed class AccessibilityTests : IAsyncLifetime, IDisposable
{
    private readonly NewsReaderWebFactory _factory = new();
    private ChromiumBrowser? _chromium;

    public async Task InitializeAsync()
    {
        _chromium = await ChromiumBrowser.StartAsync(_factory);
        // A followed feed with a failure to show, for /subscriptions.
        using var scope = _factory.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<NewsReader.Storage.NewsReaderDbContext>>().CreateDbContextAsync();
        db.Subscriptions.Add(new NewsReader.Subscriptions.Subscription { FeedUrl = "https://example.org/feed.xml", Title = "Example News", LastError = "timed out after 30 s", ConsecutiveFailures = 1 });
        await db.SaveChangesAsync();
    }

    [ChromiumFact]
    public async Task Every_page_type_has_no_violation_in_either_colour_scheme()
    {
        var found = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            found.AddRange(await ViolationsAsync(scheme));
        }

        found.Should().BeEmpty();
    }

    private async Task<List<string>> ViolationsAsync(ColorScheme scheme)
    {
        var page = await _chromium!.Browser.NewPageAsync(new BrowserNewPageOptions { ColorScheme = scheme, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var home = _factory.ClientOptions.BaseAddress;
        await page.GotoAsync(home + "stories");
        var story = await page.Locator(".story-card a").First.GetAttributeAsync("href");
        await page.GotoAsync(home.ToString());
        var article = await page.Locator(".article-card h2 a").First.GetAttributeAsync("href");
        await page.GotoAsync(home + article!.TrimStart('/'));
        var entity = await page.Locator("section.named a.chip").First.GetAttributeAsync("href");
        await page.GotoAsync(home.ToString());
        var ids = await page.Locator("input[name=ids]").EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.value)");

        var found = new List<string>();
        string[] paths =
        [
            "", "?view=stories", "stories", story!.TrimStart('/'), article.TrimStart('/'), entity!.TrimStart('/'),
            "compare?ids=" + string.Join(',', ids), "search?q=Netanyahu", "search?q=oficials", "search?q=Rafah&from=yesterday",
            "ingest", "account/login", "articles/999999", "?keys", "subscriptions",
        ];
        foreach (var path in paths)
        {
            await page.GotoAsync(home + path);
            if (path == "?keys")
            {
                await page.Keyboard.PressAsync("?");
            }

            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "best-practice"] } });
            found.AddRange(result.Violations.Select(v => $"{scheme} /{path}: {v.Id} [{v.Impact}] ({v.Nodes.Length} nodes, e.g. {v.Nodes[0].Html})"));
        }

        await page.CloseAsync();
        return found;
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }

    public void Dispose() => _factory.Dispose();
}
