using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Pages;

/// <summary>
/// No page shows its template's code as text: Razor reads "word@if" as an e-mail address, and the code after it then
/// lands on the page ("6 articles@if (story.Outlets.Count > 0) { … }" on the home page).
/// </summary>
public sealed class RenderedTemplatesTests : IDisposable
{
    private readonly NewsReaderWebFactory _factory = new();

    [Theory]
    [InlineData("/")]
    [InlineData("/?view=stories")]
    [InlineData("/stories")]
    [InlineData("/stories/1")]
    [InlineData("/articles/1")]
    [InlineData("/compare?ids=1,2")]
    [InlineData("/entities/1")]
    [InlineData("/search?q=Rafah")]
    public async Task A_page_shows_no_template_code(string url)
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), url);

        page.Body!.TextContent.Should().NotContainAny("@if", "@foreach", "@(", "@story", "@Model", "<text>");
    }

    public void Dispose() => _factory.Dispose();
}
