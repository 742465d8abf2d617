using Microsoft.Playwright;
using NewsReader.TestSupport;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Browser;

/// <summary>A person's first minutes: the home page, an article, then two articles side by side.</summary>
public sealed class ReadingFlowTests : IAsyncLifetime, IDisposable
{
    private readonly NewsReaderWebFactory _factory = new();
    private ChromiumBrowser? _chromium;

    /// <summary>Screenshots land here for CI to keep as artefacts.</summary>
    public static string ArtefactFolder => Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    public async Task InitializeAsync() => _chromium = await ChromiumBrowser.StartAsync(_factory);

    [ChromiumFact]
    public async Task Reader_opens_an_article_follows_a_name_and_compares_the_seeds()
    {
        var page = await _chromium!.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var baseAddress = _factory.ClientOptions.BaseAddress;

        await page.GotoAsync(baseAddress.ToString());
        await Assertions.Expect(page.Locator(".article-card")).ToHaveCountAsync(2);
        await page.Locator(".article-card").GetByRole(AriaRole.Link, new() { Name = "White House Holds Talks with Israel on Gaza Offensive Concerns" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("White House Holds Talks with Israel on Gaza Offensive Concerns");
        await page.Locator("a.mention", new() { HasText = "Jake Sullivan" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Jake Sullivan");
        await page.GoBackAsync();

        await page.Locator("ul.sharing a.compare-link").First.ClickAsync();
        await Assertions.Expect(page.Locator("article.column")).ToHaveCountAsync(2);
        var netanyahu = page.Locator("article.column a.mention.hl", new() { HasText = "Benjamin Netanyahu" });
        await Assertions.Expect(netanyahu).ToHaveCountAsync(3);
        var colours = await netanyahu.EvaluateAllAsync<string[]>("els => els.map(e => getComputedStyle(e).backgroundColor)");
        colours.Distinct().Should().ContainSingle("a shared entity has one colour in every column");
        await Assertions.Expect(page.Locator("table.aligned tr.shared").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.aligned tr.only-one").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.figures .figure", new() { HasText = "over 32,000 people" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.quotes tbody tr").First).ToBeVisibleAsync();

        Directory.CreateDirectory(ArtefactFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtefactFolder, "compare-seeds.png"), FullPage = true });
        await page.Locator("section.claims").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ArtefactFolder, "compare-seeds-claims.png") });
    }

    [ChromiumFact]
    public async Task A_story_page_lists_its_reports_and_compares_them()
    {
        var page = await _chromium!.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(_factory.ClientOptions.BaseAddress + "stories");

        await page.Locator(".story-card a").First.ClickAsync();
        await Assertions.Expect(page.Locator(".article-card")).ToHaveCountAsync(2);
        await page.Locator("button.button", new() { HasText = "Compare" }).ClickAsync();

        await Assertions.Expect(page.Locator("article.column")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("table.aligned")).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task The_keyboard_reaches_search_with_one_key_and_a_related_comparison_in_a_few_tabs()
    {
        var page = await _chromium!.Browser.NewPageAsync();
        await page.GotoAsync(_factory.ClientOptions.BaseAddress.ToString());
        var article = await page.Locator(".article-card h2 a").First.GetAttributeAsync("href");
        await page.GotoAsync(_factory.ClientOptions.BaseAddress + article!.TrimStart('/'));

        await page.Keyboard.PressAsync("/");
        (await page.EvaluateAsync<string>("document.activeElement.id")).Should().Be("site-search");
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("h1").ClickAsync();

        var presses = 0;
        while (presses < 40 && !await page.EvaluateAsync<bool>("document.activeElement.classList.contains('jump')"))
        {
            await page.Keyboard.PressAsync("Tab");
            presses++;
        }

        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        presses += 3;

        (await page.EvaluateAsync<string>("document.activeElement.className")).Should().Be("compare-link");
        presses.Should().BeLessThanOrEqualTo(8, "the names in the text are passed over by one skip link");
    }

    [ChromiumFact]
    public async Task Reading_keys_move_through_the_list_tick_an_article_open_it_and_list_themselves()
    {
        var page = await _chromium!.Browser.NewPageAsync();
        await page.GotoAsync(_factory.ClientOptions.BaseAddress.ToString());
        const string Current = "[...document.querySelectorAll('[data-keys-list] > li')].findIndex(li => li.classList.contains('keys-current'))";
        var firstWithBox = await page.EvaluateAsync<int>("[...document.querySelectorAll('[data-keys-list] > li')].findIndex(li => li.querySelector('input[type=checkbox]'))");

        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        (await page.EvaluateAsync<int>(Current)).Should().Be(1);
        await page.Keyboard.PressAsync("k");
        (await page.EvaluateAsync<int>(Current)).Should().Be(0);
        (await page.EvaluateAsync<bool>("document.activeElement.closest('li')?.classList.contains('keys-current') === true")).Should().BeTrue("the current item's link has the focus, so a screen reader says where the reader is");
        for (var i = 0; i < firstWithBox; i++)
        {
            await page.Keyboard.PressAsync("j");
        }

        await page.Keyboard.PressAsync("c");
        (await page.EvaluateAsync<bool>("document.querySelector('[data-keys-list] > li.keys-current input[type=checkbox]').checked")).Should().BeTrue();
        await page.Keyboard.PressAsync("?");
        (await page.EvaluateAsync<bool>("document.getElementById('keys-help').open")).Should().BeTrue();
        await page.Keyboard.PressAsync("Escape");
        (await page.EvaluateAsync<bool>("document.getElementById('keys-help').open")).Should().BeFalse();
        await page.Keyboard.PressAsync("o");
        await page.WaitForURLAsync("**/articles/**");
        await page.Locator("#site-search").FocusAsync();
        await page.Keyboard.PressAsync("j");
        (await page.Locator("#site-search").InputValueAsync()).Should().Be("j", "keys typed into a field are only typing");
    }

    [ChromiumFact]
    public async Task Tabbing_past_the_search_box_with_a_suggested_name_typed_in_full_stays_on_the_page()
    {
        var page = await _chromium!.Browser.NewPageAsync();
        await page.GotoAsync(_factory.ClientOptions.BaseAddress.ToString());

        await page.Locator("#site-search").PressSequentiallyAsync("Benjamin Netanyahu");
        await Assertions.Expect(page.Locator("#entity-suggestions option[value='Benjamin Netanyahu']")).ToHaveCountAsync(1);
        await page.Locator("#site-search").PressAsync("Tab");
        await page.WaitForTimeoutAsync(300);

        new Uri(page.Url).AbsolutePath.Should().Be("/", "only picking a suggestion opens its page");
    }

    [ChromiumFact]
    public async Task Typing_a_misspelt_name_suggests_the_entity_and_the_keyboard_reaches_its_page()
    {
        var page = await _chromium!.Browser.NewPageAsync();
        await page.GotoAsync(_factory.ClientOptions.BaseAddress.ToString());

        await page.Locator("#site-search").PressSequentiallyAsync("Netanhayu");
        await Assertions.Expect(page.Locator("#entity-suggestions option[value='Benjamin Netanyahu']")).ToHaveCountAsync(1);
        await page.Locator("#site-search").PressAsync("Enter");

        await Assertions.Expect(page.Locator(".entity-results a").First).ToHaveTextAsync("Benjamin Netanyahu");
        await page.Locator(".entity-results a").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Benjamin Netanyahu");
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
