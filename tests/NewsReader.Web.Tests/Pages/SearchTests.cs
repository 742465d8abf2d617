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
    public async Task A_misspelt_name_with_no_article_asks_did_you_mean_with_a_link_that_finds_them()
    {
        var client = _factory.CreateClient();
        var page = await HtmlPage.GetAsync(client, "/search?q=Netanhayu");
        var meant = page.QuerySelector(".did-you-mean a")!;

        meant.TextContent.Should().Be("Benjamin Netanyahu");
        var followed = await HtmlPage.GetAsync(client, meant.GetAttribute("href")!);
        followed.QuerySelectorAll(".article-results li").Should().NotBeEmpty();
    }

    [Fact]
    public async Task People_and_places_come_before_articles_whose_text_matches()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/search?q=Meloni");

        page.QuerySelectorAll("section h2").Select(h => h.Id).Should().Equal("entity-results", "article-results");
        page.QuerySelector("#entity-results")!.TextContent.Should().StartWith("People, places, organisations and events (", "the names listed include events");
        page.QuerySelector("#article-results")!.TextContent.Should().Be("Articles (1)", "one article, and no more than shown");
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

    [Fact]
    public async Task Article_snippets_highlight_the_matched_words_and_encode_the_rest()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/search?q=ground+offensive");

        page.QuerySelectorAll(".article-results .snippet mark").Select(m => m.TextContent.ToLowerInvariant()).Should().Contain(["ground", "offensive"]);
    }

    [Fact]
    public async Task Filters_narrow_articles_by_outlet_and_names_by_kind()
    {
        var client = _factory.CreateClient();

        var byOutlet = await HtmlPage.GetAsync(client, "/search?q=Rafah&outlet=NewsTrack");
        var byKind = await HtmlPage.GetAsync(client, "/search?q=Rafah&kind=event");

        byOutlet.QuerySelectorAll(".article-results li").Should().ContainSingle();
        byKind.QuerySelectorAll(".entity-results .kind-badge").Select(b => b.TextContent).Should().NotBeEmpty().And.OnlyContain(k => k == "event");
    }

    [Theory]
    [InlineData("NEAR(rafah")]
    [InlineData("rafah AND")]
    [InlineData("title:rafah")]
    [InlineData("\"unbalanced")]
    public async Task Query_syntax_in_the_input_never_breaks_the_search(string query)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri($"/search?q={Uri.EscapeDataString(query)}", UriKind.Relative));

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
    }

    public void Dispose() => _factory.Dispose();
}
