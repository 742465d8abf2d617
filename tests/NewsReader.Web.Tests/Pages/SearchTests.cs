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

    [Fact]
    public async Task Every_matching_article_is_reached_a_page_at_a_time_in_either_order_with_days_typed_as_printed()
    {
        for (var i = 0; i < 52; i++)
        {
            await _factory.IngestTextAsync($"tide-{i}.txt", $" date 2024-01-{1 + (i % 28):00} Harbour bulletin number {i}\n\nThe harbour office issued bulletin number {i} about the tides on the coast.\n");
        }

        var client = _factory.CreateClient();
        var first = await HtmlPage.GetAsync(client, "/search?q=harbour");
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        var second = await HtmlPage.GetAsync(client, next);
        var newest = await HtmlPage.GetAsync(client, first.QuerySelector(".search-order a")!.GetAttribute("href")!);
        var january = await HtmlPage.GetAsync(client, "/search?q=harbour&from=27+Jan+2024&to=2024-01-28");

        first.QuerySelector("#article-results")!.TextContent.Should().Be("Articles (52)");
        first.QuerySelector("nav.pager p")!.TextContent.Should().Be("1–50 of 52 ranked articles");
        next.Should().Be("/search?q=harbour&page=2");
        second.QuerySelectorAll(".article-results li").Should().HaveCount(2);
        second.QuerySelector(".article-results")!.GetAttribute("start").Should().Be("51");
        first.QuerySelectorAll(".article-results li > a").Concat(second.QuerySelectorAll(".article-results li > a"))
            .Select(a => a.TextContent).Should().HaveCount(52).And.OnlyHaveUniqueItems();
        newest.QuerySelectorAll(".article-results time").Take(2).Select(t => t.GetAttribute("datetime")).Should().Equal("2024-01-28", "2024-01-27");
        january.QuerySelectorAll(".article-results li").Should().HaveCount(2, "bulletins 26 and 27 are dated the 27th and 28th");
        january.QuerySelector("input[name=from]")!.GetAttribute("value").Should().Be("27 Jan 2024", "the day shows back as pages print days");
    }

    [Theory]
    [InlineData("01/02/2024")]
    [InlineData("yesterday")]
    public async Task A_day_in_a_form_that_is_not_read_is_refused_with_the_forms_that_are(string day)
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), $"/search?q=Rafah&from={Uri.EscapeDataString(day)}");

        page.QuerySelector(".problem")!.TextContent.Should().Contain($"“{day}” is not a day").And.Contain("3 Apr 2024");
    }

    [Fact]
    public async Task A_misspelt_word_no_article_contains_asks_did_you_mean_with_the_stored_word()
    {
        var client = _factory.CreateClient();
        var page = await HtmlPage.GetAsync(client, "/search?q=oficials");
        var meant = page.QuerySelector(".did-you-mean a")!;

        meant.TextContent.Should().Be("official");
        var followed = await HtmlPage.GetAsync(client, meant.GetAttribute("href")!);
        followed.QuerySelectorAll(".article-results li").Should().HaveCount(2);
    }

    public void Dispose() => _factory.Dispose();
}
