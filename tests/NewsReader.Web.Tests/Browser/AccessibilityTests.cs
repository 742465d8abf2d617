using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Browser;

/// <summary>
/// axe-core's WCAG 2 A and AA rules over the reading pages, in the light and the dark colour scheme: no serious or
/// critical violation (contrast of highlights, marks and "only here" rows in dark mode among them).
/// </summary>
public sealed class AccessibilityTests : IAsyncLifetime, IDisposable
{
    private readonly NewsReaderWebFactory _factory = new();
    private ChromiumBrowser? _chromium;

    public async Task InitializeAsync() => _chromium = await ChromiumBrowser.StartAsync(_factory);

    [ChromiumFact]
    public async Task Reading_pages_have_no_serious_violation_in_either_colour_scheme()
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
        var ids = await page.Locator("input[name=ids]").EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.value)");

        var found = new List<string>();
        foreach (var path in new[] { "", "stories", story!.TrimStart('/'), article!.TrimStart('/'), "compare?ids=" + string.Join(',', ids), "search?q=Netanyahu" })
        {
            await page.GotoAsync(home + path);
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] } });
            found.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{scheme} /{path}: {v.Id} ({v.Nodes.Length} nodes, e.g. {v.Nodes[0].Html})"));
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
