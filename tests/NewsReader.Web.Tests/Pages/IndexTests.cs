using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Pages;

public sealed class IndexTests : IDisposable
{
    private readonly NewsReaderWebFactory _factory = new();

    [Fact]
    public async Task Home_lists_both_seeds_with_outlet_and_entity_chips()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/");

        var cards = page.QuerySelectorAll(".article-card");
        cards.Select(c => c.QuerySelector("h2")!.TextContent.Trim()).Should().BeEquivalentTo(
            "White House Holds Talks with Israel on Gaza Offensive Concerns",
            "US-Israel talks on Rafah ground offensive likely next week as Netanyahu refuses to budge");
        cards.Select(c => c.QuerySelector(".meta")!.TextContent.Trim()).Should().BeEquivalentTo("NewsTrack · date unknown", "Unknown outlet · date unknown");
        cards.Should().OnlyContain(c => c.QuerySelectorAll("a.chip[href^='/entities/']").Length > 0);
    }

    [Fact]
    public async Task Home_offers_a_comparison_form_that_works_without_javascript()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/");

        var form = page.QuerySelector("form[action='/compare']");
        form.Should().NotBeNull();
        form!.GetAttribute("method").Should().Be("get");
        form.QuerySelectorAll("input[type=checkbox][name=ids]").Should().HaveCount(2);
    }

    [Fact]
    public async Task Every_article_is_reachable_a_page_at_a_time_with_links_that_need_no_script()
    {
        for (var i = 0; i < 52; i++)
        {
            await _factory.IngestTextAsync($"day-{i}.txt", $" date 2024-01-{1 + (i % 28):00} Harbour bulletin number {i}\n\nThe harbour office issued bulletin number {i} about the tides on the coast.\n");
        }

        var client = _factory.CreateClient();
        var first = await HtmlPage.GetAsync(client, "/");
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        var second = await HtmlPage.GetAsync(client, next);

        first.QuerySelector("nav.pager p")!.TextContent.Should().Be("1–50 of 54 articles");
        first.QuerySelector("nav.pager a[rel=prev]").Should().BeNull();
        next.Should().Be("/?page=2");
        second.QuerySelector("nav.pager p")!.TextContent.Should().Be("51–54 of 54 articles");
        second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href").Should().Be("/");
        second.QuerySelector("nav.pager a[rel=next]").Should().BeNull();
        var titles = first.QuerySelectorAll(".article-card h2").Concat(second.QuerySelectorAll(".article-card h2")).Select(h => h.TextContent.Trim()).ToList();
        titles.Should().HaveCount(54).And.OnlyHaveUniqueItems();
        titles.TakeLast(2).Should().BeEquivalentTo(["White House Holds Talks with Israel on Gaza Offensive Concerns",
            "US-Israel talks on Rafah ground offensive likely next week as Netanyahu refuses to budge"], "the undated seeds come after every dated article");
    }

    public void Dispose() => _factory.Dispose();
}
