using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Pages;

public sealed class SearchTests : IDisposable
{
    private readonly NewsReaderWebFactory _factory = new();

    [Theory]
    [InlineData("netanyahu", "Benjamin Netanyahu")]
    [InlineData("RAFAH", "Rafah")]
    [InlineData("d.c.", "Washington, D.C.")]
    [InlineData("carolina", "North Carolina")]
    public async Task Names_match_whatever_the_case_and_dots(string query, string entity)
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), $"/search?q={Uri.EscapeDataString(query)}");

        page.QuerySelectorAll(".entity-results a").Select(a => a.TextContent).Should().Contain(entity);
    }

    [Fact]
    public async Task People_and_places_come_before_articles_whose_text_matches()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/search?q=Meloni");

        page.QuerySelectorAll("section h2").Select(h => h.Id).Should().Equal("entity-results", "article-results");
        page.QuerySelectorAll(".article-results li a").Select(a => a.TextContent).Should().ContainSingle().Which.Should().StartWith("US-Israel talks");
        page.QuerySelector(".snippet")!.TextContent.Should().Contain("Giorgia Meloni");
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    [InlineData("\" OR 1=1 --")]
    public async Task Wildcards_and_quotes_in_a_query_match_only_themselves(string query)
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), $"/search?q={Uri.EscapeDataString(query)}");

        page.QuerySelectorAll(".entity-results li, .article-results li").Should().BeEmpty();
    }

    public void Dispose() => _factory.Dispose();
}
