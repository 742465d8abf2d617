using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Pages.Entities;

public sealed class DetailsTests : IDisposable
{
    private readonly NewsReaderWebFactory _factory = new();

    [Fact]
    public async Task Entity_page_shows_kind_name_and_each_article_with_the_sentence_around_the_mention()
    {
        var client = _factory.CreateClient();
        var search = await HtmlPage.GetAsync(client, "/search?q=netanyahu");
        var href = search.QuerySelectorAll(".entity-results a").Single(a => a.TextContent == "Benjamin Netanyahu").GetAttribute("href")!;

        var page = await HtmlPage.GetAsync(client, href);

        page.QuerySelector("h1")!.TextContent.Should().Be("Benjamin Netanyahu");
        page.QuerySelector(".kind-badge")!.TextContent.Should().Be("person");
        page.QuerySelectorAll("ol.mentions > li").Should().HaveCount(2);
        page.QuerySelectorAll("blockquote").Select(b => b.TextContent).Should()
            .Contain("Netanyahu took this action after the U.S. abstained from voting on a UN resolution demanding a ceasefire in Gaza.");
    }

    public void Dispose() => _factory.Dispose();
}
