using Microsoft.Playwright;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Browser;

/// <summary>The administrator's path: sign in, upload a saved page, watch it land, read it.</summary>
public sealed class UploadFlowTests : IAsyncLifetime, IDisposable
{
    private const string SavedPage = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour plan approved | Coastal Times</title>
        <meta property="og:site_name" content="Coastal Times"></head>
        <body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
        <article><h1>Harbour plan approved</h1>
        <p>The council in Portsmouth approved the harbour plan on Tuesday, officials said, after a long debate.</p>
        <p>Work on the new quay starts in May<script>document.title = "hacked"</script>, the mayor, Jane Holt, said.</p>
        </article><footer>Copyright Coastal Times</footer></body></html>
        """;

    private readonly NewsReaderWebFactory _factory = new(seedingEnabled: false, settings: TestAdmin.Settings());
    private ChromiumBrowser? _chromium;

    public async Task InitializeAsync() => _chromium = await ChromiumBrowser.StartAsync(_factory);

    [ChromiumFact]
    public async Task The_administrator_uploads_a_page_and_reads_the_new_article()
    {
        var page = await _chromium!.Browser.NewPageAsync();
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                blocked.Add(message.Text);
            }
        };

        await page.GotoAsync(_factory.ClientOptions.BaseAddress + "ingest");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await page.Locator("#password").FillAsync(TestAdmin.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Add articles");
        await page.Locator("#files").SetInputFilesAsync(new FilePayload { Name = "harbour.html", MimeType = "text/html", Buffer = System.Text.Encoding.UTF8.GetBytes(SavedPage) });

        // The first article loads the recogniser's model, which takes seconds on a busy machine: wait for the server's
        // answer however long it takes (the run's own limits still bound it), then for the page to finish with it.
        await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.Contains("handler=Item", StringComparison.Ordinal),
            new() { Timeout = 0 });
        await Assertions.Expect(page.Locator("#ingest-results")).ToHaveAttributeAsync("aria-busy", "false");

        await Assertions.Expect(page.Locator("#ingest-progress")).ToHaveTextAsync("1 articles: 1 added, 0 duplicate, 0 failed");
        await Assertions.Expect(page.Locator("#ingest-bar")).ToBeVisibleAsync();
        await page.Locator("ol.ingest-results a", new() { HasText = "harbour.html" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Harbour plan approved");
        await Assertions.Expect(page.Locator("a.mention", new() { HasText = "Portsmouth" })).ToBeVisibleAsync();
        (await page.TitleAsync()).Should().NotBe("hacked");
        (await page.ContentAsync()).Should().NotContain("Copyright Coastal Times");
        blocked.Should().BeEmpty("the pages' own scripts and styles must pass the Content-Security-Policy");
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
