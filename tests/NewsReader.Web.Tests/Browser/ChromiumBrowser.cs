using Microsoft.Playwright;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Browser;

/// <summary>Debian's Chromium driven by Playwright, over the app served on a real Kestrel port.</summary>
internal sealed class ChromiumBrowser : IAsyncDisposable
{
    private static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IPlaywright _playwright;

    private ChromiumBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>Serves the factory's app on a free port and launches Chromium; null where Chromium is not installed.</summary>
    public static async Task<ChromiumBrowser?> StartAsync(NewsReaderWebFactory factory)
    {
        if (!File.Exists(ChromiumFactAttribute.ChromiumPath))
        {
            return null;
        }

        factory.UseKestrel(0);
        factory.StartServer();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = Arguments,
        });
        return new ChromiumBrowser(playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
